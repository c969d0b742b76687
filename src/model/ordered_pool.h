// RunOrdered: work items 0..n-1 done by `jobs` threads, their results consumed one by one in item order on the
// calling thread, so what a parallel build prints and records is the same as a sequential one's. Workers take
// items in batches of consecutive ones (fewer hand-overs between threads: on a busy machine each costs a time
// slice); at most `window` batches wait (done but not yet consumed) at any time, so memory is bounded by the
// window, not by n. With one job everything runs on the calling thread, in order, with no thread made. The bundle
// tool's build (cli) and the search index's analysis (search) both run on it.
#pragma once
#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>
#include <vector>

namespace folio {

// The number of threads `--jobs 0` (the default) means: the machine's cores; a job count given is held to at most
// twice them (more only adds switching) and at least one.
inline unsigned JobsFor(unsigned asked) {
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    if (asked == 0) return cores;
    return std::min(asked, 2 * cores);
}

// The batch size RunOrdered takes for n items: about 32 batches per job, 1 to 64 items each.
inline size_t BatchFor(size_t n, unsigned jobs) { return std::clamp<size_t>(n / (32 * (size_t)std::max(1u, jobs)), 1, 64); }

// Do(i) -> R, or Do(i, worker) -> R with the worker's number (0 .. jobs-1, for what each worker keeps of its own),
// runs on a worker; Use(i, R&&) runs on the calling thread, for i = 0, 1, 2, ... in order.
template <typename R, typename Do, typename Use>
void RunOrdered(size_t n, unsigned jobs, size_t window, Do&& work_on, Use&& use) {
    const auto work = [&work_on](size_t i, unsigned worker) -> R {
        if constexpr (std::is_invocable_v<Do&, size_t, unsigned>) return work_on(i, worker);
        else return work_on(i);
    };
    if (jobs <= 1 || n <= 1) {
        for (size_t i = 0; i < n; ++i) use(i, work(i, 0));
        return;
    }
    window = std::max<size_t>(window, jobs);
    const size_t batch = BatchFor(n, jobs), batches = (n + batch - 1) / batch;
    std::vector<std::optional<std::vector<R>>> slots(window); // batch b waits in slots[b % window]
    std::mutex m;
    std::condition_variable changed;
    size_t next = 0, consumed = 0; // the next batch to start; batches before `consumed` are used
    const auto worker = [&](unsigned me) {
        std::unique_lock<std::mutex> lock(m);
        for (;;) {
            changed.wait(lock, [&] { return next >= batches || next < consumed + window; });
            if (next >= batches) return;
            const size_t b = next++;
            lock.unlock();
            std::vector<R> done;
            for (size_t i = b * batch; i < std::min(n, (b + 1) * batch); ++i) done.push_back(work(i, me));
            lock.lock();
            slots[b % window].emplace(std::move(done));
            changed.notify_all();
        }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < std::min<size_t>(jobs, batches); ++t) threads.emplace_back(worker, t);
    for (size_t b = 0; b < batches; ++b) {
        std::optional<std::vector<R>> done;
        {
            std::unique_lock<std::mutex> lock(m);
            changed.wait(lock, [&] { return slots[b % window].has_value(); });
            done.swap(slots[b % window]);
        }
        for (size_t k = 0; k < done->size(); ++k) use(b * batch + k, std::move((*done)[k]));
        {
            std::lock_guard<std::mutex> lock(m);
            consumed = b + 1;
        }
        changed.notify_all();
    }
    for (std::thread& t : threads) t.join();
}

} // namespace folio
