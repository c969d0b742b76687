// Files for the bundle tool: bounded reads, writes that leave unchanged files alone (atomic replace otherwise),
// sorted listings. Errors are values naming the path.
#pragma once
#include "model/error.h"

#include <string>
#include <vector>

namespace folio::cli {

// Reads a whole file of at most max_bytes.
bool ReadFile(const std::string& path, size_t max_bytes, std::string* out, Error* err);

// Writes bytes to path (creating folders) unless the file already holds exactly them; *written says which.
bool WriteIfChanged(const std::string& path, const std::string& bytes, bool* written, Error* err);

// Regular files under dir (recursively when asked), as paths relative to dir with "/" separators, sorted.
bool ListFiles(const std::string& dir, bool recursive, std::vector<std::string>* out, Error* err);

// Whether path ends with tail (an extension such as ".json", or a file name).
bool EndsWith(const std::string& path, const char* tail);

bool FileExists(const std::string& path);
bool IsDirectory(const std::string& path);
bool RemoveFile(const std::string& path, Error* err);

} // namespace folio::cli
