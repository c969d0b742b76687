// What the App-level ui tests share: an App started headless on the fake Host (no renderer, no fonts), and its
// state or mirror JSON parsed for checking.
#pragma once
#include "fake_host.h"
#include "ui/app.h"

#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <memory>
#include <string>

namespace folio::test {

inline std::unique_ptr<ui::App> Start(FakeHost* host, const std::string& feed_url, const std::string& route) {
    ui::AppOptions o;
    o.FeedUrl = feed_url;
    o.Route = route;
    o.Headless = true;
    auto app = std::make_unique<ui::App>();
    app->Init(host, o);
    return app;
}

inline rapidjson::Document Json(const std::string& text) {
    rapidjson::Document d;
    d.Parse(text.c_str());
    REQUIRE_FALSE(d.HasParseError());
    return d;
}

} // namespace folio::test
