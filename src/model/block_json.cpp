// ReadBlock and ReadRichText: the body of an article file, block by block, with every error at its JSON path.
#include "model/block_json.h"
#include "model/base64.h"
#include "model/limits.h"
#include "model/thumbhash.h"
#include "model/url.h"

namespace folio {

bool LinkAllowed(const std::string& href, std::string* why) {
    const std::string scheme = SchemeOf(href);
    if (scheme == "http" || scheme == "https" || scheme == "mailto") return true;
    *why = scheme.empty() ? "link \"" + href + "\" is not absolute (http, https or mailto only)"
                          : "link scheme \"" + scheme + "\" is not allowed (http, https or mailto only)";
    return false;
}

bool PhotoSourceAllowed(const std::string& src, std::string* why) {
    const std::string scheme = SchemeOf(src);
    if (IsHttpUrl(src)) return true;
    if (scheme.empty() && !src.empty() && src[0] != '/' && src.find(':') == std::string::npos) return true;
    if (scheme == "http" || scheme == "https")
        *why = "photo source \"" + src + "\" has no \"//\" after its scheme (relative paths or http, https only)";
    else if (!scheme.empty())
        *why = "photo source scheme \"" + scheme + "\" is not allowed (relative paths or http, https only)";
    else if (src.compare(0, 2, "//") == 0)
        *why = "photo source \"" + src + "\" has no scheme (relative paths or http, https only)";
    else if (!src.empty() && src[0] == '/')
        *why = "photo source \"" + src + "\" starts with \"/\" (relative paths or http, https only)";
    else
        *why = "photo source \"" + src + "\" holds a \":\" but no http(s) scheme (relative paths or http, https only)";
    return false;
}

bool VariantTypeAllowed(const std::string& type) { return type == "image/webp" || type == "image/jpeg" || type == "image/avif"; }

bool PlaceholderAllowed(const std::string& text, std::string* why) {
    if (text.size() > kMaxPlaceholderChars) {
        *why = "a placeholder of " + std::to_string(text.size()) + " characters; the limit is " + std::to_string(kMaxPlaceholderChars);
        return false;
    }
    std::vector<uint8_t> hash;
    double ratio = 0;
    std::string bad;
    if (!FromBase64(text, &hash)) { *why = "the placeholder is not base64"; return false; }
    if (!ThumbHashAspectRatio(hash, &ratio, &bad)) { *why = "the placeholder is no ThumbHash: " + bad; return false; }
    return true;
}

bool VariantAllowed(const ImageVariant& v, std::string* why) {
    if (v.Url.empty() || v.Url.size() > kMaxUrlBytes) { *why = "a variant url of " + std::to_string(v.Url.size()) + " bytes (1 to " + std::to_string(kMaxUrlBytes) + ")"; return false; }
    if (!PhotoSourceAllowed(v.Url, why)) return false;
    if (!VariantTypeAllowed(v.Type)) { *why = "a variant of type \"" + v.Type + "\" (image/webp, image/jpeg or image/avif only)"; return false; }
    if (v.Width < 1 || v.Width > kMaxPhotoPixels || v.Height < 1 || v.Height > kMaxPhotoPixels) {
        *why = "a variant of " + std::to_string(v.Width) + " by " + std::to_string(v.Height) + " pixels (1 to " + std::to_string(kMaxPhotoPixels) + ")";
        return false;
    }
    if (v.Bytes < 1 || v.Bytes > kMaxVariantBytes) {
        *why = "a variant of " + std::to_string(v.Bytes) + " bytes (1 to " + std::to_string(kMaxVariantBytes) + ")";
        return false;
    }
    return true;
}

static bool ReadSpan(JsonReader& r, const rapidjson::Value& v, const JsonPath& at, Span* out) {
    if (!r.Object(v, at) || !r.String(v, "text", at, true, &out->Text)) return false;
    bool emphasis = false, strong = false, code = false;
    if (!r.Bool(v, "emphasis", at, &emphasis) || !r.Bool(v, "strong", at, &strong) || !r.Bool(v, "code", at, &code) ||
        !r.String(v, "href", at, false, &out->Href))
        return false;
    std::string why;
    if (!out->Href.empty() && !LinkAllowed(out->Href, &why)) return r.Fail(at.Field("href"), why);
    out->Style = (emphasis ? SpanEmphasis : 0) | (strong ? SpanStrong : 0) | (code ? SpanCode : 0) |
                 (out->Href.empty() ? 0 : SpanLink);
    return true;
}

// Rich text held by v itself: a string or an array of spans.
static bool ReadRichValue(JsonReader& r, const rapidjson::Value& v, const JsonPath& at, RichText* out) {
    RichText text;
    if (v.IsString()) {
        std::string s;
        if (!r.StringValue(v, at, &s)) return false;
        text.Spans.push_back(Span{std::move(s), SpanRegular, {}});
    } else if (v.IsArray()) {
        if (v.Size() > kMaxSpans)
            return r.Fail(at, std::to_string(v.Size()) + " spans; the limit is " + std::to_string(kMaxSpans));
        text.Spans.resize(v.Size());
        for (rapidjson::SizeType i = 0; i < v.Size(); ++i)
            if (!ReadSpan(r, v[i], at.At(i), &text.Spans[i])) return false;
    } else {
        return r.Fail(at, "expected a string or an array of spans");
    }
    if (text.Empty()) return r.Fail(at, "empty");
    *out = std::move(text);
    return true;
}

bool ReadRichText(JsonReader& r, const rapidjson::Value& obj, const char* key, const JsonPath& at, bool required,
                  RichText* out) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || it->value.IsNull()) return !required || r.Fail(at.Field(key), "missing");
    return ReadRichValue(r, it->value, at.Field(key), out);
}

static bool ReadList(JsonReader& r, const rapidjson::Value& v, const JsonPath& at, Block* out) {
    const rapidjson::Value* items;
    if (!r.Bool(v, "ordered", at, &out->Ordered) || !r.Array(v, "items", at, true, kMaxListItems, &items)) return false;
    const JsonPath field = at.Field("items");
    if (items->Empty()) return r.Fail(field, "empty");
    out->Items.resize(items->Size());
    for (rapidjson::SizeType i = 0; i < items->Size(); ++i)
        if (!ReadRichValue(r, (*items)[i], field.At(i), &out->Items[i])) return false;
    return true;
}

bool ReadPhoto(JsonReader& r, const rapidjson::Value& v, const JsonPath& at, Photo* out) {
    if (!r.Object(v, at)) return false;
    if (!r.String(v, "src", at, true, &out->Src) || !r.String(v, "alt", at, false, &out->Alt) ||
        !r.String(v, "caption", at, false, &out->Caption) || !r.String(v, "credit", at, false, &out->Credit) ||
        !r.Int(v, "width", at, 1, kMaxPhotoPixels, &out->Width) || !r.Int(v, "height", at, 1, kMaxPhotoPixels, &out->Height))
        return false;
    std::string why;
    if (!PhotoSourceAllowed(out->Src, &why)) return r.Fail(at.Field("src"), why);
    if (!r.String(v, "placeholder", at, false, &out->Placeholder)) return false;
    if (!out->Placeholder.empty() && !PlaceholderAllowed(out->Placeholder, &why)) return r.Fail(at.Field("placeholder"), why);
    const rapidjson::Value* variants;
    if (!r.Array(v, "variants", at, false, kMaxPhotoVariants, &variants)) return false;
    if (!variants) return true;
    const JsonPath field = at.Field("variants");
    out->Variants.resize(variants->Size());
    for (rapidjson::SizeType i = 0; i < variants->Size(); ++i) {
        const rapidjson::Value& e = (*variants)[i];
        const JsonPath here = field.At(i);
        ImageVariant& out_v = out->Variants[i];
        if (!r.Object(e, here) || !r.String(e, "url", here, true, &out_v.Url) || !r.String(e, "type", here, true, &out_v.Type) ||
            !r.Int(e, "width", here, 1, kMaxPhotoPixels, &out_v.Width) || !r.Int(e, "height", here, 1, kMaxPhotoPixels, &out_v.Height) ||
            !r.Int(e, "bytes", here, 1, kMaxVariantBytes, &out_v.Bytes))
            return false;
        if (!PhotoSourceAllowed(out_v.Url, &why)) return r.Fail(here.Field("url"), why);
        if (!VariantTypeAllowed(out_v.Type)) return r.Fail(here.Field("type"), "unknown variant type \"" + out_v.Type + "\" (image/webp, image/jpeg or image/avif)");
        if (out_v.Width == 0) return r.Fail(here.Field("width"), "missing"); // each at least 1 when present
        if (out_v.Height == 0) return r.Fail(here.Field("height"), "missing");
        if (out_v.Bytes == 0) return r.Fail(here.Field("bytes"), "missing");
    }
    return true;
}

bool ReadBlock(JsonReader& r, const rapidjson::Value& v, const JsonPath& at, Block* out) {
    if (!r.Object(v, at)) return false;
    std::string type;
    if (!r.String(v, "type", at, true, &type)) return false;
    if (type == "paragraph") {
        out->Type = BlockType::Paragraph;
        return ReadRichText(r, v, "text", at, true, &out->Text);
    }
    if (type == "heading") {
        out->Type = BlockType::Heading;
        return r.Int(v, "level", at, 2, 4, &out->Level) && ReadRichText(r, v, "text", at, true, &out->Text);
    }
    if (type == "quote" || type == "pullquote") {
        out->Type = type == "quote" ? BlockType::Quote : BlockType::Pullquote;
        return ReadRichText(r, v, "text", at, true, &out->Text) &&
               r.String(v, "attribution", at, false, &out->Attribution);
    }
    if (type == "list") {
        out->Type = BlockType::List;
        return ReadList(r, v, at, out);
    }
    if (type == "photo") {
        out->Type = BlockType::Photo;
        return ReadPhoto(r, v, at, &out->Image);
    }
    if (type == "divider") {
        out->Type = BlockType::Divider;
        return true;
    }
    if (type == "code") { // text as written: one string, its line breaks kept
        out->Type = BlockType::Code;
        std::string text;
        if (!r.String(v, "text", at, true, &text) || !r.String(v, "language", at, false, &out->CodeLanguage)) return false;
        out->Text = RichText::Plain(std::move(text));
        return true;
    }
    return r.Fail(at.Field("type"), "unknown block type \"" + type + "\"");
}

} // namespace folio
