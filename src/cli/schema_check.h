// Checking a parsed JSON document against one of the bundle's schemas with RapidJSON's validator, reporting the
// first violation as an Error at its JSON path ("$.body[3].type: fails the schema's enum (#/$defs/block/...)").
#pragma once
#include "model/error.h"

#include <memory>
#include <rapidjson/document.h>
#include <rapidjson/schema.h>
#include <string>

namespace folio::cli {

class SchemaCheck {
public:
    explicit SchemaCheck(const char* schema_name); // one of docs/schemas/*.json
    bool Ok() const { return Schema_ != nullptr; }  // false when the embedded schema is missing or not JSON
    // True when doc conforms; else fills *err (file, JSON path, reason).
    bool Check(const rapidjson::Document& doc, const std::string& file, Error* err) const;

private:
    std::string Name_;
    std::unique_ptr<rapidjson::SchemaDocument> Schema_;
};

// "$.body[3].type" for a JSON Pointer.
std::string JsonPathOfPointer(const rapidjson::Pointer& p);

} // namespace folio::cli
