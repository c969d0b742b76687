// Photos in plain-text wire stories: one line, a paragraph of its own (SplitParagraphs keeps it apart), that reads
//     Photo: images/harbour.jpg | The harbour at dawn | Boats leave before sunrise | Photo by A. Person
// (the file, then optionally alt text, caption and credit, parted by "|"). The file is a relative path or an
// http(s) URL ending in an image type the tool reads (.jpg, .jpeg, .png, .gif, .webp, .avif); a photo line standing
// before the story's first paragraph (the dateline's) is the lead image, one inside the body a photo where it stands.
// A paragraph starting "Photo:" whose first part is no image file name ("Photo: Sergei Bobylev/TASS", a credit as
// wire copy prints it) stays text; one naming a file of a type the tool does not read (.svg, .tiff, …) is refused.
#pragma once
#include "model/article.h"

#include <string>

namespace folio::cli {

enum class WirePhotoLine { NotPhoto, Photo, Refused };

// Reads a paragraph's text as a photo line: Photo (with *out filled), NotPhoto, or Refused (with *why).
WirePhotoLine ReadWirePhotoLine(const std::string& text, Photo* out, std::string* why);

} // namespace folio::cli
