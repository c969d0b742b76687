// Benchmark: MakePhotoVariants (cli/photo.h) over N generated photos, one at a time as a build makes them: photos
// per second and the process's peak memory (ru_maxrss). The photos (W x H JPEGs of blurred noise, a different seed
// each, so nothing is cached and each compresses like a busy photograph) are written to a temporary folder by a
// child process first, so neither their making nor its memory is counted. Each is read back with file_io's bounded
// ReadFile. No goal is asserted; issue 12 asks for the figures beside `folio-bundle build` of 1,000 photos.
// Run: build/cmake-native/folio_bench_photos [N=50] [W=2400] [H=1600]
#include "cli/file_io.h"
#include "cli/media.h"
#include "cli/photo.h"

#include <vips/vips.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace folio;

namespace {

// Writes photo i as dir/photo-i.jpg: three bands of Gaussian noise seeded by i, blurred into soft texture.
bool MakeSource(const std::string& dir, int i, int w, int h) {
    VipsImage* bands[3] = {};
    bool ok = true;
    for (int b = 0; b < 3 && ok; ++b)
        ok = vips_gaussnoise(&bands[b], w, h, "mean", 128.0, "sigma", 60.0, "seed", i * 3 + b, NULL) == 0;
    VipsImage *joined = nullptr, *soft = nullptr, *u = nullptr;
    ok = ok && vips_bandjoin(bands, &joined, 3, NULL) == 0 && vips_gaussblur(joined, &soft, 2.0, NULL) == 0 &&
         vips_cast_uchar(soft, &u, NULL) == 0 &&
         vips_image_write_to_file(u, (dir + "/photo-" + std::to_string(i) + ".jpg[Q=90]").c_str(), NULL) == 0;
    for (VipsImage* img : {bands[0], bands[1], bands[2], joined, soft, u}) if (img) g_object_unref(img);
    if (!ok) std::fprintf(stderr, "bench: making photo %d failed: %s\n", i, vips_error_buffer());
    return ok;
}

} // namespace

int main(int argc, char** argv) {
    const int n = argc > 1 ? std::atoi(argv[1]) : 50, w = argc > 2 ? std::atoi(argv[2]) : 2400,
              h = argc > 3 ? std::atoi(argv[3]) : 1600;
    if (n < 1 || w < 1 || h < 1) { std::fprintf(stderr, "usage: folio_bench_photos [N] [W] [H]\n"); return 2; }
    const std::string dir = (std::filesystem::temp_directory_path() / ("folio-bench-photos-" + std::to_string(getpid()))).string();
    std::filesystem::create_directories(dir);

    const pid_t child = fork();
    if (child == 0) {
        if (VIPS_INIT("folio_bench_photos") != 0) _exit(1);
        for (int i = 0; i < n; ++i) if (!MakeSource(dir, i, w, h)) _exit(1);
        _exit(0);
    }
    int status = 0;
    if (child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "bench: the photos could not be made\n");
        std::filesystem::remove_all(dir);
        return 1;
    }

    size_t in_bytes = 0, out_bytes = 0, variants = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < n; ++i) {
        const std::string path = dir + "/photo-" + std::to_string(i) + ".jpg";
        std::string bytes;
        Error e;
        cli::PhotoVariants p;
        if (!cli::ReadFile(path, cli::kMaxPhotoBytes, &bytes, &e) || !cli::MakePhotoVariants(path, bytes, &p, &e)) {
            std::fprintf(stderr, "bench: %s\n", e.Message().c_str());
            std::filesystem::remove_all(dir);
            return 1;
        }
        in_bytes += bytes.size();
        for (const cli::PhotoVariant& v : p.Variants) out_bytes += v.Bytes.size();
        variants += p.Variants.size();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::filesystem::remove_all(dir);

    std::printf("photos: %d of %d x %d JPEG, %.1f MB in; %zu variants, %.1f MB out\n", n, w, h, in_bytes / 1e6,
                variants, out_bytes / 1e6);
    std::printf("time: %.2f s, %.2f photos/s (%d libvips threads at most)\n", seconds, n / seconds, vips_concurrency_get());
    std::printf("peak memory (ru_maxrss): %.1f MB\n", usage.ru_maxrss / 1024.0);
    return 0;
}
