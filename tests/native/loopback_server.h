// A small HTTP server on loopback for the native tests, run by the test itself on threads of its own, and
// Within, the deadline a test waits on a worker thread with (a deadline for failing, not a speed goal).
#pragma once
#include <doctest/doctest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace folio::test {

// GET /fast answers "fast"; GET /hang/... sends half of its answer and then nothing, noting when the client
// hangs up; GET /status/NNN answers that status with no body; a path given to Put answers its bytes; any other is
// 404 Not Found. It notes every path asked for.
class LoopbackServer {
public:
    LoopbackServer() {
        Listen_ = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        REQUIRE(bind(Listen_, (sockaddr*)&addr, sizeof addr) == 0);
        REQUIRE(listen(Listen_, 8) == 0);
        REQUIRE(getsockname(Listen_, (sockaddr*)&addr, &len) == 0);
        Port_ = ntohs(addr.sin_port);
        Acceptor_ = std::thread([this] { Accept(); });
    }
    ~LoopbackServer() {
        Stop_ = true;
        Acceptor_.join(); // after the connections' threads
        close(Listen_);
    }
    std::string Url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(Port_) + path; }
    bool Requested(const std::string& path) { std::lock_guard<std::mutex> l(Mutex_); return Requested_.count(path) > 0; }
    bool HungUp(const std::string& path) { std::lock_guard<std::mutex> l(Mutex_); return HungUp_.count(path) > 0; }
    void Put(const std::string& path, const std::string& body) { std::lock_guard<std::mutex> l(Mutex_); Files_[path] = body; }

private:
    // Waits up to 50 ms for fd to be readable.
    static bool Readable(int fd) { pollfd p{fd, POLLIN, 0}; return poll(&p, 1, 50) > 0; }

    void Accept() {
        std::vector<std::thread> connections;
        while (!Stop_) {
            if (!Readable(Listen_)) continue;
            const int fd = accept(Listen_, nullptr, nullptr);
            if (fd >= 0) connections.emplace_back([this, fd] { Serve(fd); });
        }
        for (std::thread& t : connections) t.join();
    }

    void Serve(int fd) {
        std::string request;
        char buf[4096];
        while (!Stop_ && request.find("\r\n\r\n") == std::string::npos) {
            if (!Readable(fd)) continue;
            const ssize_t n = recv(fd, buf, sizeof buf, 0);
            if (n <= 0) break;
            request.append(buf, (size_t)n);
        }
        const size_t start = request.find(' ') + 1;
        const std::string path = request.substr(start, request.find(' ', start) - start);
        { std::lock_guard<std::mutex> l(Mutex_); Requested_.insert(path); }
        if (path.compare(0, 6, "/hang/") == 0) {
            const std::string half = "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + std::string(500, 'x');
            send(fd, half.data(), half.size(), MSG_NOSIGNAL);
            while (!Stop_) {
                if (!Readable(fd)) continue;
                if (recv(fd, buf, sizeof buf, 0) <= 0) { // the client closed the connection
                    std::lock_guard<std::mutex> l(Mutex_);
                    HungUp_.insert(path);
                    break;
                }
            }
        } else {
            std::string answer = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            if (path.compare(0, 8, "/status/") == 0)
                answer = "HTTP/1.1 " + path.substr(8) + " Status\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            std::lock_guard<std::mutex> l(Mutex_);
            auto file = Files_.find(path);
            if (path == "/fast" || file != Files_.end()) {
                const std::string body = file != Files_.end() ? file->second : "fast";
                answer = "HTTP/1.1 200 OK\r\nContent-Length: " + std::to_string(body.size()) +
                         "\r\nConnection: close\r\n\r\n" + body;
            }
            send(fd, answer.data(), answer.size(), MSG_NOSIGNAL);
        }
        close(fd);
    }

    int Listen_ = -1;
    int Port_ = 0;
    std::atomic<bool> Stop_{false};
    std::thread Acceptor_;
    std::mutex Mutex_;
    std::set<std::string> Requested_, HungUp_;
    std::map<std::string, std::string> Files_;
};

// Whether ok() comes true within `seconds` (a deadline for failing, not a speed goal).
template <typename F>
bool Within(int seconds, F ok) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < end) {
        if (ok()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return ok();
}

} // namespace folio::test
