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

TEST_CASE("FindNamedPeople: other languages' roles, with the place between role and name and no preposition, a name "
          "apposed after a comma, German compounds") {
    const std::vector<std::string> paras = {
        "Об этом сообщил губернатор Томской области Олег Кравцов.",
        "Как отметил министр иностранных дел России Павел Орлов, переговоры продолжатся.",
        "Le ministre des Affaires étrangères Jean Dubreuil a rencontré le Premier ministre Luc Morel.",
        "El ministro de Economía, Carlos Fuentes, habló con la prensa.",
        "Bundeskanzler Friedrich Lang sagte am Montag, die Sprecherin der Regierung, Anna Berg, widersprach.",
        "O presidente Lula falou aos jornalistas.",
        "Президент Смирнов заявил об этом.",
        "La presidenta de la Autoridad Portuaria, Elena Navarro, presentó las cifras.",
        "Bundesverkehrsministerin Katrin Vogel hat neue Züge angekündigt."};
    const std::vector<NamedPerson> people = FindNamedPeople(paras);
    std::vector<std::string> names, roles;
    for (const NamedPerson& p : people) { names.push_back(p.Name); roles.push_back(p.Role); }
    CHECK(names == std::vector<std::string>{"Олег Кравцов", "Павел Орлов", "Jean Dubreuil", "Luc Morel", "Carlos Fuentes",
                                            "Friedrich Lang", "Anna Berg", "Lula", "Смирнов", "Elena Navarro",
                                            "Katrin Vogel"});
    CHECK(roles == std::vector<std::string>{"губернатор", "министр", "ministre", "ministre", "ministro", "bundeskanzler",
                                            "sprecherin", "presidente", "президент", "presidenta", "ministerin"});
}

TEST_CASE("SplitQuote: each language's marks and attribution") {
    QuotedParagraph q;
    REQUIRE(SplitQuote("«Мы продолжим работу», - сказал Кравцов.", &q)); // Russian: comma and dash outside
    CHECK(q.Text == "Мы продолжим работу.");
    CHECK(q.Speaker == "Кравцов");
    REQUIRE(SplitQuote("«Это важно», — отметила она.", &q));
    CHECK(q.Speaker == "она");
    REQUIRE(SplitQuote("«Решение принято?» - заявил министр.", &q));
    CHECK(q.Text == "Решение принято?");
    CHECK(q.Speaker == "министр");
    REQUIRE(SplitQuote("«\xC2\xA0Nous restons prudents\xC2\xA0», a-t-il déclaré.", &q)); // French: no-break spaces inside
    CHECK(q.Text == "Nous restons prudents.");
    CHECK(q.Speaker == "il");
    REQUIRE(SplitQuote("« C'est une étape », a déclaré le ministre.", &q));
    CHECK(q.Speaker == "le ministre");
    REQUIRE(SplitQuote("« Rien n'est décidé », dit-elle.", &q));
    CHECK(q.Speaker == "elle");
    REQUIRE(SplitQuote("«Vamos a seguir», dijo el ministro.", &q)); // Spanish
    CHECK(q.Text == "Vamos a seguir.");
    CHECK(q.Speaker == "el ministro");
    REQUIRE(SplitQuote("\xE2\x80\x9EWir halten Kurs\xE2\x80\x9C, sagte Lang.", &q)); // German „…“
    CHECK(q.Text == "Wir halten Kurs.");
    CHECK(q.Speaker == "Lang");
    REQUIRE(SplitQuote("\xE2\x80\x9E" "Das reicht nicht\xE2\x80\x9C, so Berg.", &q));
    CHECK(q.Speaker == "Berg");
    REQUIRE(SplitQuote("\xE2\x80\x9CVamos continuar\xE2\x80\x9D, disse o presidente.", &q)); // Portuguese “…”
    CHECK(q.Text == "Vamos continuar.");
    CHECK(q.Speaker == "o presidente");
    CHECK_FALSE(SplitQuote("«Цитата», - написали в газете вчера вечером очень много раз подряд.", &q));
    CHECK_FALSE(SplitQuote("« Bonjour », voilà tout.", &q));
}

TEST_CASE("ResolveSpeaker: other languages' descriptions, surnames and pronouns") {
    const std::vector<std::string> paras = {"Посол России во Франции Андрей Зимин прибыл в Париж.",
                                            "«Цитата», - сказал дипломат.",
                                            "L'ambassadeur de France Paul Girard a répondu.",
                                            "El ministro de Hacienda, Luis Ortega, intervino."};
    const SpeakerIndex people(FindNamedPeople(paras), paras);
    bool ok = false;
    CHECK(ResolveSpeaker("дипломат", 1, people, "", &ok) == "Андрей Зимин");
    CHECK(ok);
    CHECK(ResolveSpeaker("Зимин", 1, people, "", &ok) == "Андрей Зимин");
    CHECK(ResolveSpeaker("он", 1, people, "Андрей Зимин", &ok) == "Андрей Зимин");
    CHECK(ResolveSpeaker("l'ambassadeur", 2, people, "", &ok) == "Paul Girard");
    CHECK(ResolveSpeaker("le diplomate", 2, people, "", &ok) == "Paul Girard");
    CHECK(ResolveSpeaker("el ministro", 3, people, "", &ok) == "Luis Ortega");
    CHECK(ResolveSpeaker("Ortega", 3, people, "", &ok) == "Luis Ortega");
    CHECK(ResolveSpeaker("свидетель", 3, people, "", &ok) == "свидетель");
    CHECK_FALSE(ok);
}
