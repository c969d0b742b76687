// ResolveOpenTarget: the command line's (or a drop's) one input, sorted into a feed or an article to load.
#include "platform/native/open_target.h"

#include <cstring>
#include <strings.h>
#include <sys/stat.h>

namespace folio::platform {

static bool StartsWithNoCase(const std::string& s, const char* prefix) {
    const size_t n = strlen(prefix);
    return s.size() >= n && strncasecmp(s.c_str(), prefix, n) == 0;
}

bool IsHttpUrl(const std::string& s) { return StartsWithNoCase(s, "http://") || StartsWithNoCase(s, "https://"); }

static bool EndsWithNoCase(const std::string& s, const char* suffix) {
    const size_t n = strlen(suffix);
    return s.size() >= n && strcasecmp(s.c_str() + s.size() - n, suffix) == 0;
}

// A file name that says "a feed page": feed.json, or an archive page like feed-2.json.
static bool IsFeedName(const std::string& name) {
    return StartsWithNoCase(name, "feed") && EndsWithNoCase(name, ".json");
}

OpenTarget ResolveOpenTarget(const std::string& input) {
    OpenTarget t;
    if (IsHttpUrl(input)) {
        const size_t authority = input.find("//") + 2;
        const size_t path_end = input.find_first_of("?#", authority);
        const std::string path = input.substr(0, path_end);
        const std::string rest = path_end == std::string::npos ? "" : input.substr(path_end);
        const size_t slash = path.find('/', authority);
        if (slash == std::string::npos) { t.FeedUrl = path + "/feed.json" + rest; return t; } // https://host
        const std::string name = path.substr(path.rfind('/') + 1);
        if (name.empty()) t.FeedUrl = path + "feed.json" + rest;
        else if (name.find('.') == std::string::npos) t.FeedUrl = path + "/feed.json" + rest;
        else if (IsFeedName(name)) t.FeedUrl = input;
        else t.ArticleUrl = input;
        return t;
    }
    struct stat st;
    if (stat(input.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        std::string dir = input;
        while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
        t.Root = dir;
        t.FeedUrl = (dir == "/" ? "" : dir) + "/feed.json";
        return t;
    }
    const size_t slash = input.rfind('/');
    const std::string name = input.substr(slash + 1);
    if (IsFeedName(name) || !(EndsWithNoCase(name, ".json") || EndsWithNoCase(name, ".txt"))) t.FeedUrl = input;
    else t.ArticleUrl = input;
    t.Root = slash == std::string::npos ? "." : slash == 0 ? "/" : input.substr(0, slash);
    t.Named = input;
    return t;
}

bool PathBelow(const std::string& root, const std::string& path, std::string* rel) {
    if (root.empty() || path.empty()) return false;
    if (root == ".") {
        if (path[0] == '/') return false;
        *rel = path.compare(0, 2, "./") == 0 ? path.substr(2) : path;
        return true;
    }
    const std::string prefix = root.back() == '/' ? root : root + "/";
    if (path.size() <= prefix.size() || path.compare(0, prefix.size(), prefix) != 0) return false;
    *rel = path.substr(prefix.size());
    return true;
}

} // namespace folio::platform
