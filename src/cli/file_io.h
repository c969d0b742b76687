// Files for the bundle tool and the desktop viewer, made safe by construction rather than by special cases:
// - reads take regular files only (a folder, FIFO, device or socket is refused without blocking) and enforce
//   their size bound while reading, so /dev/zero or a file that grows cannot exhaust memory;
// - "inside" reads and writes walk from a root folder one segment at a time without following symbolic links
//   (openat with O_NOFOLLOW), so a link planted anywhere below the root cannot lead outside it;
// - writes are exclusive and durable: a fresh temporary name (O_CREAT | O_EXCL, random, in the same folder),
//   fsync, then rename over the target; a link planted at the target or at any temporary name is replaced or
//   refused, never followed.
// Errors are values naming the path.
#pragma once
#include "model/error.h"

#include <string>
#include <vector>

namespace folio::cli {

// Reads the regular file at path (a path a person named: links are followed), of at most max_bytes.
bool ReadFile(const std::string& path, size_t max_bytes, std::string* out, Error* err);

// Reads root/rel, where rel is a relative path of plain segments ("articles/x.json"). No folder on the way and
// not the file itself may be a symbolic link; the file must be regular and at most max_bytes.
bool ReadFileInside(const std::string& root, const std::string& rel, size_t max_bytes, std::string* out, Error* err);

// When a write reaches the disk: before WriteFileInside returns (fsync of the file, then of its folder), or at
// the writer's SyncFileSystem (a build of thousands of files syncs once, before it records them as written).
enum class Sync { EachFile, Later };

// Replaces root/rel with bytes (creating folders below root), exclusively and durably (see above).
bool WriteFileInside(const std::string& root, const std::string& rel, const std::string& bytes, Error* err,
                     Sync sync = Sync::EachFile);

// The same, unless the file already holds exactly these bytes; *written says which.
bool WriteIfChanged(const std::string& root, const std::string& rel, const std::string& bytes, bool* written, Error* err,
                    Sync sync = Sync::EachFile);

// Flushes everything written to the file system holding root (syncfs).
bool SyncFileSystem(const std::string& root, Error* err);

// Removes root/rel (a file), without following links on the way; a file already gone is no error.
bool RemoveFileInside(const std::string& root, const std::string& rel, Error* err);

// What a folder holds, recursively when asked, as paths relative to dir with "/" separators, sorted. Links are
// never followed: a symbolic link (to a file or a folder) is listed in *links (when given) instead.
bool ListFiles(const std::string& dir, bool recursive, std::vector<std::string>* out, Error* err,
               std::vector<std::string>* links = nullptr);

// Whether path ends with tail (an extension such as ".json", or a file name).
bool EndsWith(const std::string& path, const char* tail);

// What root/rel is, reached as ReadFileInside would reach it: a regular file, nothing at all (Missing), or
// something not read (a symbolic link there or on the way, a folder, a device, a FIFO).
enum class PathKind { RegularFile, Missing, Other };
PathKind KindInside(const std::string& root, const std::string& rel);

// Whether path is a folder (links followed: a person named it).
bool IsDirectory(const std::string& path);

} // namespace folio::cli
