// ReadFrontMatter: the YAML block at the head of a Markdown file, through libyaml's document API.
#include "cli/front_matter.h"

#include <yaml.h>

namespace folio::cli {

static bool Fail(Error* err, const std::string& file, size_t line, const std::string& why) {
    *err = Error{file, "line " + std::to_string(line), "front matter: " + why};
    return false;
}

static std::string Scalar(const yaml_node_t* n) {
    return std::string((const char*)n->data.scalar.value, n->data.scalar.length);
}

bool ReadFrontMatter(const std::string& text, const std::string& file, FrontMatter* out, std::string* body, Error* err) {
    FrontMatter fm;
    if (text.compare(0, 4, "---\n") != 0) {
        *body = text;
        *out = fm;
        return true;
    }
    size_t end = text.find("\n---\n", 3), close_len = 5;
    if (end == std::string::npos && text.size() >= 4 && text.compare(text.size() - 4, 4, "\n---") == 0) {
        end = text.size() - 4;
        close_len = 4;
    }
    if (end == std::string::npos) return Fail(err, file, 1, "no closing \"---\" line");
    const std::string yaml = text.substr(4, end - 4 + 1);
    size_t lines_before_body = 2;
    for (size_t i = 0; i < yaml.size(); ++i) lines_before_body += yaml[i] == '\n';
    fm.BodyLine = lines_before_body + 1;

    yaml_parser_t parser;
    yaml_document_t doc;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char*)yaml.data(), yaml.size());
    if (!yaml_parser_load(&parser, &doc)) {
        const size_t line = parser.problem_mark.line + 2;
        const std::string why = parser.problem ? parser.problem : "malformed YAML";
        yaml_parser_delete(&parser);
        return Fail(err, file, line, why);
    }
    bool ok = true;
    const yaml_node_t* root = yaml_document_get_root_node(&doc);
    if (root && root->type != YAML_MAPPING_NODE) {
        ok = Fail(err, file, 2, "expected \"key: value\" lines");
    } else if (root) {
        for (yaml_node_pair_t* pair = root->data.mapping.pairs.start; ok && pair < root->data.mapping.pairs.top; ++pair) {
            const yaml_node_t* k = yaml_document_get_node(&doc, pair->key);
            const yaml_node_t* v = yaml_document_get_node(&doc, pair->value);
            const size_t line = k->start_mark.line + 2;
            if (k->type != YAML_SCALAR_NODE) { ok = Fail(err, file, line, "a key must be plain text"); break; }
            FrontMatterValue value;
            value.Line = line;
            if (v->type == YAML_SCALAR_NODE) {
                value.Items.push_back(Scalar(v));
            } else if (v->type == YAML_SEQUENCE_NODE) {
                value.IsList = true;
                for (yaml_node_item_t* it = v->data.sequence.items.start; it < v->data.sequence.items.top; ++it) {
                    const yaml_node_t* item = yaml_document_get_node(&doc, *it);
                    if (item->type != YAML_SCALAR_NODE) {
                        ok = Fail(err, file, item->start_mark.line + 2, "\"" + Scalar(k) + "\" items must be plain text");
                        break;
                    }
                    value.Items.push_back(Scalar(item));
                }
            } else if (v->type == YAML_MAPPING_NODE) {
                value.IsMap = true;
                for (yaml_node_pair_t* f = v->data.mapping.pairs.start; ok && f < v->data.mapping.pairs.top; ++f) {
                    const yaml_node_t* fk = yaml_document_get_node(&doc, f->key);
                    const yaml_node_t* fv = yaml_document_get_node(&doc, f->value);
                    const size_t fline = fk->start_mark.line + 2;
                    if (fk->type != YAML_SCALAR_NODE || fv->type != YAML_SCALAR_NODE) {
                        ok = Fail(err, file, fline, "\"" + Scalar(k) + "\" fields must be \"key: text\"");
                        break;
                    }
                    for (const FrontMatterValue::Field& seen : value.Fields)
                        if (seen.Key == Scalar(fk)) { ok = Fail(err, file, fline, "\"" + Scalar(k) + "." + seen.Key + "\" is given twice"); break; }
                    value.Fields.push_back(FrontMatterValue::Field{Scalar(fk), Scalar(fv), fline});
                }
            } else {
                ok = Fail(err, file, line, "\"" + Scalar(k) + "\" must be text, a list of text or \"key: text\" fields");
            }
            if (ok && !fm.Values.emplace(Scalar(k), value).second)
                ok = Fail(err, file, line, "\"" + Scalar(k) + "\" is given twice");
        }
    }
    yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
    if (!ok) return false;
    *body = text.substr(end + close_len);
    *out = std::move(fm);
    return true;
}

} // namespace folio::cli
