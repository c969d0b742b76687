// SchemaCheck: an embedded schema loaded once, then RapidJSON's SchemaValidator per document.
#include "cli/schema_check.h"
#include "cli/bundle_schemas.h"

#include <rapidjson/stringbuffer.h>

namespace folio::cli {

SchemaCheck::SchemaCheck(const char* schema_name) : Name_(schema_name) {
    const EmbeddedSchema* s = FindSchema(schema_name);
    if (!s) return;
    rapidjson::Document d;
    d.Parse(s->Text);
    if (d.HasParseError()) return;
    Schema_ = std::make_unique<rapidjson::SchemaDocument>(d);
}

std::string JsonPathOfPointer(const rapidjson::Pointer& p) {
    std::string s = "$";
    for (size_t i = 0; i < p.GetTokenCount(); ++i) {
        const rapidjson::Pointer::Token& t = p.GetTokens()[i];
        if (t.index != rapidjson::kPointerInvalidIndex) s += "[" + std::to_string(t.index) + "]";
        else s += "." + std::string(t.name, t.length);
    }
    return s;
}

bool SchemaCheck::Check(const rapidjson::Document& doc, const std::string& file, Error* err) const {
    if (!Schema_) {
        *err = Error{file, "", "the schema " + Name_ + " is not built into this program"};
        return false;
    }
    rapidjson::SchemaValidator validator(*Schema_);
    if (doc.Accept(validator)) return true;
    rapidjson::StringBuffer where;
    validator.GetInvalidSchemaPointer().StringifyUriFragment(where);
    *err = Error{file, JsonPathOfPointer(validator.GetInvalidDocumentPointer()),
                 std::string("fails the schema's \"") + validator.GetInvalidSchemaKeyword() + "\" (" + Name_ +
                     where.GetString() + ")"};
    return false;
}

} // namespace folio::cli
