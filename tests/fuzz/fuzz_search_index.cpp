// The search index's readers on any bytes: each decoder (term shard, positions, days, root, result cards), then a
// session over a small real index (tests/search/mini_index.h) with one of its files replaced by the input, asked
// words, a phrase, a prefix and filters, and the input as a query. Nothing may crash, hang or read out of bounds.
#include <cstddef>
#include <cstdint>
#include <string>
#include "search/search_service.h"
#include "search/search_session.h"
#include "../search/mini_index.h"

using namespace folio;
using namespace folio::search;
using namespace folio::search::testing;

namespace {

const std::map<std::string, std::string>& Index() {
    static const std::map<std::string, std::string> files = [] {
        std::vector<MiniDoc> docs;
        const char* words[] = {"election", "moscow", "bank", "market", "vote", "club", "central", "rates"};
        for (int i = 0; i < 24; ++i)
            docs.push_back({"d" + std::to_string(i), std::string("Story of ") + words[i % 8], std::string(words[(i + 3) % 8]) + " and " +
                            words[(i + 5) % 8] + " central bank", i % 3 ? "World" : "Business", "en", 18000 + i * 10, {"Anna Lee"}});
        return MakeMiniIndex(docs, {5});
    }();
    return files;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    Error err;
    std::vector<TermRecord> records;
    DecodeTermShard(bytes, "t.bin", &records, &err);
    std::vector<std::vector<uint32_t>> positions;
    DecodePositions(bytes, size % 64, "p.bin", &positions, &err);
    std::vector<int32_t> days;
    DecodeDays(bytes, size % 100, "days.bin", &days, &err);
    Root root;
    DecodeRoot(bytes, "index.json", &root, &err);
    std::vector<MetaRecord> metas;
    DecodeMetaShard(bytes, "m0.json", &metas, &err);

    // One file of a real index replaced by the input: which one, by the input's first byte.
    const auto& index = Index();
    const size_t victim = size ? data[0] % index.size() : 0;
    AsciiFolder folder;
    LocalSearchService service(folder);
    SearchOptions filtered;
    filtered.Section = "World";
    filtered.Author = "anna lee";
    filtered.FromDay = 18050;
    for (const char* query : {"election", "\"central bank\"", "mar", "bank -vote"}) {
        for (int round = 0; round < 8; ++round) {
            const auto missing = service.Missing(query, round % 2 == 0, filtered);
            if (missing.empty()) break;
            for (const std::string& path : missing) {
                auto f = index.find(path);
                if (f == index.end()) service.Failed(path, "absent");
                else if (size_t(std::distance(index.begin(), f)) == victim) service.Provide(path, bytes);
                else service.Provide(path, f->second);
            }
        }
        service.Run(query, true, filtered);
        service.Run(query, false, SearchOptions{});
    }
    // The input as a query, over the same files.
    const std::string typed = bytes.substr(0, 256);
    service.Missing(typed, true, SearchOptions{});
    service.Run(typed, true, SearchOptions{});
    MatchRanges(bytes.substr(0, 512), {"bank", "election", std::string(bytes.substr(0, 8))}, folder);
    return 0;
}
