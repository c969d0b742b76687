// WireQuoteWords: the attribution vocabulary of the wire languages, built once.
#include "cli/quote_words.h"

namespace folio::cli {

static QuoteWords MakeQuoteWords() {
    QuoteWords w;
    w.EnglishRoles = {
        "ambassador", "minister",  "president", "spokesman", "spokeswoman", "spokesperson", "secretary", "director",
        "chairman",   "chairwoman", "governor", "mayor",     "senator",     "envoy",        "diplomat",  "official",
        "commander",  "general",   "chancellor", "ceo",      "chief",       "head",         "leader",    "deputy",
        "adviser",    "advisor",   "professor", "analyst",   "economist",   "prosecutor",   "judge",     "representative",
        "consul",     "premier",   "king",      "queen",     "lawyer",      "researcher",   "expert"};
    w.OtherRoles = {
        // Russian
        "президент", "министр", "посол", "губернатор", "мэр", "глава", "председатель", "директор", "представитель",
        "пресс-секретарь", "премьер-министр", "дипломат", "эксперт", "аналитик", "руководитель", "замминистра",
        "заместитель", "спикер", "депутат", "сенатор", "профессор", "прокурор", "судья", "советник", "экономист",
        // French
        "président", "présidente", "ministre", "ambassadeur", "ambassadrice", "porte-parole", "maire", "directeur",
        "directrice", "secrétaire", "gouverneur", "chef", "député", "députée", "sénateur", "sénatrice", "diplomate",
        "experte", "analyste", "économiste", "procureur", "juge", "conseiller", "conseillère",
        // Spanish
        "presidenta", "ministro", "ministra", "embajador", "embajadora", "portavoz", "alcalde", "alcaldesa",
        "directora", "secretario", "secretaria", "gobernador", "gobernadora", "jefe", "jefa", "diputado", "diputada",
        "senadora", "diplomático", "diplomática", "experto", "experta", "analista", "economista", "fiscal", "juez",
        "jueza", "asesor", "asesora", "canciller",
        // German
        "präsident", "präsidentin", "ministerin", "bundeskanzler", "bundeskanzlerin", "kanzler", "kanzlerin",
        "botschafter", "botschafterin", "sprecher", "sprecherin", "regierungssprecher", "bürgermeister",
        "bürgermeisterin", "direktorin", "chefin", "ministerpräsident", "ministerpräsidentin", "experte", "expertin",
        "ökonom", "ökonomin", "staatsanwalt", "staatsanwältin", "richter", "richterin", "berater", "beraterin",
        // Portuguese
        "presidente", "embaixador", "embaixadora", "porta-voz", "prefeito", "prefeita", "autarca", "diretor",
        "diretora", "secretário", "secretária", "governador", "governadora", "chefe", "deputado", "deputada",
        "diplomata", "especialista", "procurador", "procuradora", "juiz", "juíza", "assessor", "assessora"};
    w.Verbs = {
        // English
        "said", "says", "added", "adds", "stressed", "noted", "told", "explained", "continued", "emphasized",
        "emphasised", "remarked", "stated", "declared", "asked", "wrote", "insisted", "warned", "recalled",
        "concluded", "claimed", "argued", "admitted", "replied", "pointed", "underlined",
        // Russian (past tense, both genders, and the present "говорит")
        "сказал", "сказала", "заявил", "заявила", "отметил", "отметила", "подчеркнул", "подчеркнула", "добавил",
        "добавила", "сообщил", "сообщила", "пояснил", "пояснила", "уточнил", "уточнила", "рассказал", "рассказала",
        "признал", "признала", "указал", "указала", "говорит", "считает", "констатировал", "констатировала",
        // French (participles after "a", and the present before an inverted pronoun)
        "déclaré", "dit", "affirmé", "ajouté", "souligné", "expliqué", "indiqué", "estimé", "précisé", "assuré",
        "insisté", "prévenu", "averti", "confié", "poursuivi", "conclu", "déclare", "affirme", "ajoute", "souligne",
        "explique", "indique", "estime", "précise", "assure", "poursuit", "conclut",
        // Spanish
        "dijo", "afirmó", "señaló", "agregó", "añadió", "declaró", "explicó", "aseguró", "indicó", "subrayó",
        "destacó", "sostuvo", "manifestó", "advirtió", "insistió", "recalcó", "apuntó", "precisó", "comentó",
        "expresó", "dice", "afirma", "señala",
        // German ("so" as in ", so Scholz.")
        "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "meinte", "schrieb", "warnte", "unterstrich",
        "so",
        // Portuguese
        "disse", "afirmou", "declarou", "acrescentou", "explicou", "destacou", "ressaltou", "sublinhou", "salientou",
        "referiu", "frisou", "garantiu", "observou", "avisou", "falou", "diz", "afirma"};
    w.Pronouns = {"he",   "she", "they", "him", "her", "он",  "она", "они", "il", "elle", "ils",
                  "elles", "él", "ella", "er",  "sie", "ele", "ela"};
    w.Determiners = {"the", "a", "le", "la", "les", "el", "der", "die", "das", "o"};
    w.Descriptions = {
        {"diplomat", {"ambassador", "envoy", "diplomat", "consul", "botschafter", "botschafterin"}},
        {"envoy", {"ambassador", "envoy"}},
        {"spokesman", {"spokesman", "spokeswoman", "spokesperson"}},
        {"spokeswoman", {"spokesman", "spokeswoman", "spokesperson"}},
        {"spokesperson", {"spokesman", "spokeswoman", "spokesperson"}},
        {"minister", {"minister", "premier"}},
        {"official", {}}, // any role
        {"дипломат", {"посол", "дипломат"}},
        {"diplomate", {"ambassadeur", "ambassadrice", "diplomate"}},
        {"diplomático", {"embajador", "embajadora", "diplomático"}},
        {"diplomata", {"embaixador", "embaixadora", "diplomata"}},
    };
    w.CompoundHeads = {"präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin", "botschafter",
                       "botschafterin", "sprecher", "sprecherin", "bürgermeister", "bürgermeisterin", "direktor",
                       "direktorin", "chef", "chefin", "experte", "expertin", "berater", "beraterin"};
    w.InvertedPronouns = {"il", "elle", "on", "ils", "elles"};
    w.Auxiliaries = {"a", "ont"};
    return w;
}

std::string QuoteWords::RoleOf(const std::string& folded) const {
    if (EnglishRoles.count(folded) || OtherRoles.count(folded)) return folded;
    if (folded.find('-') != std::string::npos) return ""; // German compounds are one word
    for (const std::string& head : CompoundHeads)
        if (folded.size() > head.size() + 2 && folded.compare(folded.size() - head.size(), head.size(), head) == 0)
            return head;
    return "";
}

const QuoteWords& WireQuoteWords() {
    static const QuoteWords words = MakeQuoteWords();
    return words;
}

} // namespace folio::cli
