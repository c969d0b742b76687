// Runs Debian's hb-shape as the shaping comparison's reference and reads its JSON (see hb_shape_tool.h).
#include "hb_shape_tool.h"

#include <rapidjson/document.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace folio::test {

bool ParseHbShapeJson(const std::string& json, std::vector<ReferenceGlyph>* out) {
    out->clear();
    rapidjson::Document doc;
    doc.Parse(json.c_str());
    if (doc.HasParseError() || !doc.IsArray()) return false;
    for (const auto& g : doc.GetArray()) {
        if (!g.IsObject()) return false;
        const char* keys[] = {"g", "cl", "dx", "dy", "ax"};
        for (const char* key : keys)
            if (!g.HasMember(key) || !g[key].IsInt64()) return false;
        ReferenceGlyph r;
        r.Glyph = static_cast<uint32_t>(g["g"].GetInt64());
        r.Cluster = static_cast<uint32_t>(g["cl"].GetInt64());
        r.OffsetX = static_cast<int32_t>(g["dx"].GetInt64());
        r.OffsetY = static_cast<int32_t>(g["dy"].GetInt64());
        r.Advance = static_cast<int32_t>(g["ax"].GetInt64());
        out->push_back(r);
    }
    return true;
}

bool HbShape(const std::string& hb_shape, const ReferenceRun& run, std::vector<ReferenceGlyph>* out,
             std::string* error) {
    std::vector<std::string> args = {hb_shape, "--no-glyph-names", "--utf8-clusters", "--output-format=json",
                                     std::string("--direction=") + (run.Rtl ? "rtl" : "ltr")};
    if (!run.Lang.empty()) args.push_back("--language=" + run.Lang);
    if (!run.Before.empty()) args.push_back("--text-before=" + run.Before);
    if (!run.After.empty()) args.push_back("--text-after=" + run.After);
    args.push_back("--font-file=" + run.Font);
    args.push_back("--text=" + run.Text);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);

    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) return *error = std::string("pipe: ") + std::strerror(errno), false;
    // Its messages go to a file read only when it fails (hb-shape 6.0 echoes --text-before on stderr).
    char messages[] = "/tmp/folio-hb-shape-XXXXXX";
    const int messages_fd = mkstemp(messages);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
    if (messages_fd >= 0) {
        posix_spawn_file_actions_adddup2(&actions, messages_fd, STDERR_FILENO);
        posix_spawn_file_actions_addclose(&actions, messages_fd);
    }
    posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
    posix_spawn_file_actions_addclose(&actions, pipe_fds[1]);
    pid_t pid = 0;
    int spawned = posix_spawn(&pid, hb_shape.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipe_fds[1]);
    std::string output;
    if (spawned == 0) {
        char chunk[4096];
        for (ssize_t got; (got = read(pipe_fds[0], chunk, sizeof chunk)) != 0;) {
            if (got < 0 && errno == EINTR) continue;
            if (got < 0) break;
            output.append(chunk, static_cast<size_t>(got));
        }
    }
    close(pipe_fds[0]);
    int status = 0;
    if (spawned == 0)
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    std::string said;
    if (messages_fd >= 0) {
        std::ifstream in(messages);
        std::ostringstream s;
        s << in.rdbuf();
        said = s.str();
        close(messages_fd);
        unlink(messages);
    }
    if (spawned != 0) return *error = hb_shape + ": " + std::strerror(spawned), false;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return *error = hb_shape + " failed (status " + std::to_string(status) + ") on " + run.Font + ": " + said, false;
    while (!output.empty() && (output.back() == '\n' || output.back() == '\r')) output.pop_back();
    if (!ParseHbShapeJson(output, out)) return *error = "unreadable hb-shape output: " + output, false;
    return true;
}

} // namespace folio::test
