// Tests of cli/wire_quotes.cpp: people introduced by role, quotes split from their attribution, speakers resolved.
#include "cli/wire_quotes.h"

#include <doctest/doctest.h>

using namespace folio::cli;

TEST_CASE("FindNamedPeople: role, optional place, then the name") {
    const std::vector<std::string> paras = {
        "Russian Ambassador to Japan Mikhail Galuzin told the channel.",
        "Japan's Foreign Minister Yoshimasa Hayashi told reporters, and Kremlin spokesman Dmitry Peskov agreed.",
        "The Foreign Ministry said so."};
    const std::vector<NamedPerson> people = FindNamedPeople(paras);
    REQUIRE(people.size() == 3);
    CHECK(people[0].Name == "Mikhail Galuzin");
    CHECK(people[0].Role == "ambassador");
    CHECK(people[0].Paragraph == 0);
    CHECK(people[1].Name == "Yoshimasa Hayashi");
    CHECK(people[1].Role == "minister");
    CHECK(people[2].Name == "Dmitry Peskov");
    CHECK(people[2].Role == "spokesman");
}

TEST_CASE("SplitQuote") {
    QuotedParagraph q;
    REQUIRE(SplitQuote("\"We perceive it as impossible,\" the diplomat said.", &q));
    CHECK(q.Text == "We perceive it as impossible.");
    CHECK(q.Speaker == "the diplomat");
    REQUIRE(SplitQuote("\xC2\xAB" "Da,\xC2\xBB Galuzin added.", &q));
    CHECK(q.Text == "Da.");
    CHECK(q.Speaker == "Galuzin");
    REQUIRE(SplitQuote("\"A question?\" asked the reporter.", &q));
    CHECK(q.Text == "A question?");
    CHECK(q.Speaker == "the reporter");
    REQUIRE(SplitQuote("\"Said in full.\"", &q));
    CHECK(q.Speaker.empty());
    CHECK_FALSE(SplitQuote("No quote here.", &q));
    CHECK_FALSE(SplitQuote("\"Unclosed, the diplomat said.", &q));
    CHECK_FALSE(SplitQuote("\"One,\" he said. \"Two,\" she said. \"Three.\"", &q));
    CHECK_FALSE(SplitQuote("\"Quoted\" words begin this ordinary sentence about something else entirely.", &q));
}

TEST_CASE("ResolveSpeaker") {
    const std::vector<std::string> paras = {"Russian Ambassador to Japan Mikhail Galuzin told the channel.",
                                            "\"Quote,\" the diplomat said.", "Minister Ivan Petrov spoke too.",
                                            "Later, Anna Karenina arrived."};
    const SpeakerIndex people(FindNamedPeople(paras), paras);
    bool ok = false;
    CHECK(ResolveSpeaker("the diplomat", 1, people, "", &ok) == "Mikhail Galuzin");
    CHECK(ok);
    CHECK(ResolveSpeaker("Galuzin", 1, people, "", &ok) == "Mikhail Galuzin");
    CHECK(ResolveSpeaker("the minister", 3, people, "", &ok) == "Ivan Petrov");
    CHECK(ResolveSpeaker("he", 3, people, "Someone Else", &ok) == "Someone Else");
    CHECK(ResolveSpeaker("Karenina", 3, people, "", &ok) == "Anna Karenina"); // named without a role
    CHECK(ResolveSpeaker("Mikhail Galuzin", 3, people, "", &ok) == "Mikhail Galuzin");
    CHECK(ResolveSpeaker("the witness", 3, people, "", &ok) == "the witness");
    CHECK_FALSE(ok);
}
