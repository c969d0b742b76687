// PhotoPlacer: FindPhoto, then the media cache or MakePhotoVariants, then the photo's description as the article
// file holds it.
#include "cli/photo_place.h"
#include "cli/media.h"
#include "cli/photo.h"
#include "model/base64.h"
#include "model/url.h"

namespace folio::cli {

size_t DefaultVariant(const std::vector<ImageVariant>& variants) {
    size_t best = variants.size();
    for (size_t k = 0; k < variants.size(); ++k)
        if (variants[k].Type == "image/jpeg" && (best == variants.size() || variants[k].Width <= kDefaultPhotoWidth)) best = k;
    return best < variants.size() ? best : 0;
}

std::string MimeTypeOf(const std::string& type) {
    if (type == "webp") return "image/webp";
    if (type == "avif") return "image/avif";
    return "image/jpeg";
}

bool PhotoPlacer::Check(const std::string& source, const std::string& file, const std::string& where, const Photo& p,
                        Error* err) const {
    if (SchemeLength(p.Src) > 0) return true;
    MediaFile m;
    std::string why;
    if (FindPhoto(SrcDir_, source, p.Src, &m, &why)) return true;
    *err = Error{file, where, why};
    return false;
}

bool PhotoPlacer::Place(const std::string& source, const std::string& id, const std::string& file, const std::string& where,
                        const Sink& write, Photo* p, Error* err) {
    if (SchemeLength(p->Src) > 0) return true; // http(s): the reader fetches it
    MediaFile m;
    std::string why, bytes;
    if (!FindPhoto(SrcDir_, source, p->Src, &m, &why, &bytes)) { *err = Error{file, where, why}; return false; }
    auto it = Placed_.find(m.Path);
    if (it == Placed_.end()) {
        // The source's hash is its media path's name (the first kMediaNameDigits of its SHA-256): the whole is the key.
        const std::string sha = Sha256Hex(bytes);
        EncodedPhoto photo;
        if (Cache_ && !sha.empty() && Cache_->Find(sha, &photo)) {
            ++Reused_;
        } else {
            PhotoVariants made;
            Error e;
            if (!MakePhotoVariants(SrcDir_ + "/" + m.Source, bytes, &made, &e) || made.Variants.empty()) {
                *err = Error{file, where, "photo \"" + p->Src + "\": " + e.Message()};
                return false;
            }
            ++Encoded_;
            photo = EncodedPhoto{made.Width, made.Height, ToBase64(made.ThumbHash), std::move(made.Variants)};
            for (PhotoVariant& v : photo.Variants) {
                if (!Written_.insert(v.Path).second) continue; // two photos that encode to one file
                if (!write(v.Path, v.Bytes)) { *err = Error{file, where, "photo \"" + p->Src + "\": its variants could not be written"}; return false; }
                std::string().swap(v.Bytes); // written: its memory goes
            }
            if (Cache_ && !sha.empty()) Cache_->Put(sha, photo);
        }
        for (const PhotoVariant& v : photo.Variants) Files_.insert(v.Path);
        it = Placed_.emplace(m.Path, std::move(photo)).first;
    }
    const EncodedPhoto& placed = it->second;
    const std::string from = ArticleJsonPath(id);
    p->Width = placed.Width;
    p->Height = placed.Height;
    p->Placeholder = placed.Placeholder;
    p->Variants.clear();
    for (const PhotoVariant& v : placed.Variants)
        p->Variants.push_back(ImageVariant{v.Width, v.Height, MimeTypeOf(v.Type), Reference(Site_, from, v.Path), (int)v.Size});
    p->Src = p->Variants[DefaultVariant(p->Variants)].Url;
    return true;
}

} // namespace folio::cli
