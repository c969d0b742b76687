// MakeRgbaTexture: the GL calls of an RGBA upload, for both platforms (their GL headers are the one difference).
#include "platform/gl_texture.h"

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#include <GLFW/glfw3.h>
#include <GL/glext.h>
#endif

namespace folio::platform {

unsigned MakeRgbaTexture(const unsigned char* rgba, int width, int height) {
    if (width < 1 || height < 1) return 0;
    while (glGetError() != GL_NO_ERROR) {} // errors of earlier calls, not this upload's
    GLint bound = 0, alignment = 4;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &bound);
    glGetIntegerv(GL_UNPACK_ALIGNMENT, &alignment);
    GLuint tex = 0;
    glGenTextures(1, &tex);
    if (!tex) return 0;
    glBindTexture(GL_TEXTURE_2D, tex);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
    const bool ok = glGetError() == GL_NO_ERROR;
    glPixelStorei(GL_UNPACK_ALIGNMENT, alignment);
    glBindTexture(GL_TEXTURE_2D, (GLuint)bound);
    if (!ok) {
        glDeleteTextures(1, &tex);
        return 0;
    }
    return tex;
}

} // namespace folio::platform
