// The dates feeds carry, to RFC 3339 as article files hold them: RSS's RFC 822 dates (with RFC 2822's four-digit
// years, its named zones and military letters, the weekday optional) and Atom's, Dublin Core's and JSON Feed's RFC
// 3339 / W3C date-times (a day alone, or minutes without seconds, completed).
#pragma once
#include <string>

namespace folio::cli {

// "Tue, 10 Jun 2003 04:00:00 GMT" -> "2003-06-10T04:00:00Z"; "10 Jun 03 04:00 EDT" -> "2003-06-10T04:00:00-04:00".
// "" when the text is not an RFC 822 date (an unknown zone, a day the calendar lacks, trailing text).
std::string Rfc822ToRfc3339(const std::string& text);

// Any date a feed gives, RFC 822 or RFC 3339 (W3C profile: "2022-03-22", "2022-03-22T10:15+03:00"), as RFC 3339;
// a day alone gets midnight in `day_offset` ("Z", "+03:00"). "" when it is neither.
std::string FeedDateToRfc3339(const std::string& text, const std::string& day_offset);

} // namespace folio::cli
