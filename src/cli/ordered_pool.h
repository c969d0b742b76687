// RunOrdered: work items 0..n-1 done by `jobs` threads, their results consumed one by one in item order on the
// calling thread, so what a parallel build prints and records is the same as a sequential one's. At most `window`
// results wait (done but not yet consumed) at any time, so memory is bounded by the window, not by n. With one
// job everything runs on the calling thread, in order, with no thread made.
#pragma once
#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace folio::cli {

// The number of threads `--jobs 0` (the default) means: the machine's cores; a job count given is held to at most
// twice them (more only adds switching) and at least one.
inline unsigned JobsFor(unsigned asked) {
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    if (asked == 0) return cores;
    return std::min(asked, 2 * cores);
}

// Do(i) -> R runs on a worker; Use(i, R&&) runs on the calling thread, for i = 0, 1, 2, ... in order.
template <typename R, typename Do, typename Use>
void RunOrdered(size_t n, unsigned jobs, size_t window, Do&& work, Use&& use) {
    if (jobs <= 1 || n <= 1) {
        for (size_t i = 0; i < n; ++i) use(i, work(i));
        return;
    }
    window = std::max<size_t>(window, jobs);
    std::vector<std::optional<R>> slots(window); // item i waits in slots[i % window]
    std::mutex m;
    std::condition_variable changed;
    size_t next = 0, consumed = 0; // the next item to start; items before `consumed` are used
    const auto worker = [&] {
        std::unique_lock<std::mutex> lock(m);
        for (;;) {
            changed.wait(lock, [&] { return next >= n || next < consumed + window; });
            if (next >= n) return;
            const size_t i = next++;
            lock.unlock();
            R r = work(i);
            lock.lock();
            slots[i % window].emplace(std::move(r));
            changed.notify_all();
        }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < std::min<size_t>(jobs, n); ++t) threads.emplace_back(worker);
    for (size_t i = 0; i < n; ++i) {
        std::optional<R> r;
        {
            std::unique_lock<std::mutex> lock(m);
            changed.wait(lock, [&] { return slots[i % window].has_value(); });
            r.swap(slots[i % window]);
        }
        use(i, std::move(*r));
        {
            std::lock_guard<std::mutex> lock(m);
            consumed = i + 1;
        }
        changed.notify_all();
    }
    for (std::thread& t : threads) t.join();
}

} // namespace folio::cli
