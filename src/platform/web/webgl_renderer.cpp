// WebGL 2 renderer for ImGui: one program, one vertex array, textures created, grown and freed as ImGui asks.
#include "platform/web/webgl_renderer.h"
#include "platform/gl_texture.h"

#include <GLES3/gl3.h>
#include <imgui.h>

#include <cstdint>
#include <cstdio>

namespace folio::platform {
namespace {

struct RendererData {
    GLuint Program = 0, Vao = 0, Vbo = 0, Ebo = 0;
    GLint ProjLocation = -1, TexLocation = -1;
};
// The renderer's data lives in the ImGui context (io.BackendRendererUserData), as in ImGui's own backends: no
// file-level state.
RendererData* Data() { return (RendererData*)ImGui::GetIO().BackendRendererUserData; }

const char* kVertexShader = R"(#version 300 es
precision highp float;
layout (location = 0) in vec2 Position;
layout (location = 1) in vec2 UV;
layout (location = 2) in vec4 Color;
uniform mat4 ProjMtx;
out vec2 Frag_UV;
out vec4 Frag_Color;
void main() {
    Frag_UV = UV;
    Frag_Color = Color;
    gl_Position = ProjMtx * vec4(Position.xy, 0, 1);
})";

const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D Texture;
in vec2 Frag_UV;
in vec4 Frag_Color;
layout (location = 0) out vec4 Out_Color;
void main() {
    Out_Color = Frag_Color * texture(Texture, Frag_UV.st);
})";

GLuint Compile(GLenum type, const char* source) {
    GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[512] = {};
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        fprintf(stderr, "folio: shader does not compile: %s\n", log);
        glDeleteShader(shader);
        return 0;
    }
    return shader;
}

void UpdateTexture(ImTextureData* tex) {
    if (tex->Status == ImTextureStatus_WantCreate) {
        const unsigned id = MakeRgbaTexture((const unsigned char*)tex->GetPixels(), tex->Width, tex->Height);
        tex->SetTexID((ImTextureID)(intptr_t)id);
        tex->SetStatus(ImTextureStatus_OK);
    } else if (tex->Status == ImTextureStatus_WantUpdates) {
        // Only regions never drawn from before are written, so no synchronisation is needed.
        glBindTexture(GL_TEXTURE_2D, (GLuint)(intptr_t)tex->TexID);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glPixelStorei(GL_UNPACK_ROW_LENGTH, tex->Width);
        for (const ImTextureRect& r : tex->Updates)
            glTexSubImage2D(GL_TEXTURE_2D, 0, r.x, r.y, r.w, r.h, GL_RGBA, GL_UNSIGNED_BYTE, tex->GetPixelsAt(r.x, r.y));
        glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
        tex->SetStatus(ImTextureStatus_OK);
    } else if (tex->Status == ImTextureStatus_WantDestroy && tex->UnusedFrames > 0) {
        GLuint id = (GLuint)(intptr_t)tex->TexID;
        glDeleteTextures(1, &id);
        tex->SetTexID(ImTextureID_Invalid);
        tex->SetStatus(ImTextureStatus_Destroyed);
    }
}

void SetupRenderState(ImDrawData* dd, int fb_w, int fb_h) {
    glViewport(0, 0, fb_w, fb_h);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    const float l = dd->DisplayPos.x, r = dd->DisplayPos.x + dd->DisplaySize.x;
    const float t = dd->DisplayPos.y, b = dd->DisplayPos.y + dd->DisplaySize.y;
    const float ortho[4][4] = {
        {2.0f / (r - l), 0.0f, 0.0f, 0.0f},
        {0.0f, 2.0f / (t - b), 0.0f, 0.0f},
        {0.0f, 0.0f, -1.0f, 0.0f},
        {(r + l) / (l - r), (t + b) / (b - t), 0.0f, 1.0f},
    };
    RendererData* data = Data();
    glUseProgram(data->Program);
    glUniform1i(data->TexLocation, 0);
    glUniformMatrix4fv(data->ProjLocation, 1, GL_FALSE, &ortho[0][0]);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(data->Vao);
}

} // namespace

bool WebGLRenderer_Init() {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "folio_webgl2";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures; // no VtxOffset: WebGL 2 has no base vertex
    RendererData* data = new RendererData();
    io.BackendRendererUserData = data;
    GLuint vs = Compile(GL_VERTEX_SHADER, kVertexShader), fs = Compile(GL_FRAGMENT_SHADER, kFragmentShader);
    if (!vs || !fs) return false;
    data->Program = glCreateProgram();
    glAttachShader(data->Program, vs);
    glAttachShader(data->Program, fs);
    glLinkProgram(data->Program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint linked = 0;
    glGetProgramiv(data->Program, GL_LINK_STATUS, &linked);
    if (!linked) { fprintf(stderr, "folio: the WebGL program does not link\n"); return false; }
    data->ProjLocation = glGetUniformLocation(data->Program, "ProjMtx");
    data->TexLocation = glGetUniformLocation(data->Program, "Texture");
    glGenVertexArrays(1, &data->Vao);
    glGenBuffers(1, &data->Vbo);
    glGenBuffers(1, &data->Ebo);
    glBindVertexArray(data->Vao);
    glBindBuffer(GL_ARRAY_BUFFER, data->Vbo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, data->Ebo); // part of the vertex array's state
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), (void*)offsetof(ImDrawVert, pos));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), (void*)offsetof(ImDrawVert, uv));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), (void*)offsetof(ImDrawVert, col));
    glBindVertexArray(0);
    return true;
}

void WebGLRenderer_Shutdown() {
    RendererData* data = Data();
    if (!data) return;
    for (ImTextureData* tex : ImGui::GetPlatformIO().Textures)
        if (tex->RefCount == 1 && tex->TexID != ImTextureID_Invalid) {
            GLuint id = (GLuint)(intptr_t)tex->TexID;
            glDeleteTextures(1, &id);
            tex->SetTexID(ImTextureID_Invalid);
            tex->SetStatus(ImTextureStatus_Destroyed);
        }
    glDeleteBuffers(1, &data->Vbo);
    glDeleteBuffers(1, &data->Ebo);
    glDeleteVertexArrays(1, &data->Vao);
    glDeleteProgram(data->Program);
    delete data;
    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererUserData = nullptr;
    io.BackendRendererName = nullptr;
    io.BackendFlags &= ~ImGuiBackendFlags_RendererHasTextures;
}

void WebGLRenderer_RenderDrawData(ImDrawData* dd) {
    const int fb_w = (int)(dd->DisplaySize.x * dd->FramebufferScale.x), fb_h = (int)(dd->DisplaySize.y * dd->FramebufferScale.y);
    if (fb_w <= 0 || fb_h <= 0 || !Data()) return;
    if (dd->Textures)
        for (ImTextureData* tex : *dd->Textures)
            if (tex->Status != ImTextureStatus_OK) UpdateTexture(tex);
    SetupRenderState(dd, fb_w, fb_h);
    const ImVec2 off = dd->DisplayPos, scale = dd->FramebufferScale;
    for (const ImDrawList* list : dd->CmdLists) {
        glBufferData(GL_ARRAY_BUFFER, (GLsizeiptr)list->VtxBuffer.Size * sizeof(ImDrawVert), list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, (GLsizeiptr)list->IdxBuffer.Size * sizeof(ImDrawIdx), list->IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                if (cmd.UserCallback == ImDrawCallback_ResetRenderState) SetupRenderState(dd, fb_w, fb_h);
                else cmd.UserCallback(list, &cmd);
                continue;
            }
            const float x0 = (cmd.ClipRect.x - off.x) * scale.x, y0 = (cmd.ClipRect.y - off.y) * scale.y;
            const float x1 = (cmd.ClipRect.z - off.x) * scale.x, y1 = (cmd.ClipRect.w - off.y) * scale.y;
            if (x1 <= x0 || y1 <= y0) continue;
            glScissor((int)x0, (int)((float)fb_h - y1), (int)(x1 - x0), (int)(y1 - y0)); // GL's origin is bottom left
            glBindTexture(GL_TEXTURE_2D, (GLuint)(intptr_t)cmd.GetTexID());
            glDrawElements(GL_TRIANGLES, (GLsizei)cmd.ElemCount, sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           (void*)(intptr_t)(cmd.IdxOffset * sizeof(ImDrawIdx)));
        }
    }
    glDisable(GL_SCISSOR_TEST);
}

} // namespace folio::platform
