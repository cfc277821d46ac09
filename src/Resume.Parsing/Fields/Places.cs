using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Resume.Parsing.Fields;

/// <summary>
/// Place names that tell a location from a company or a title: countries, US states and Canadian provinces, and the
/// regions and large cities resumes most often name. Not a gazetteer: the shape "City, Region" does most of the work.
/// </summary>
internal static partial class Places
{
    public static readonly FrozenSet<string> Countries = new[]
    {
        "united states", "usa", "us", "united kingdom", "uk", "england", "scotland", "wales", "ireland", "canada", "germany",
        "deutschland", "france", "spain", "españa", "italy", "portugal", "netherlands", "the netherlands", "belgium",
        "switzerland", "austria", "sweden", "norway", "denmark", "finland", "poland", "polska", "czech republic", "czechia",
        "hungary", "romania", "greece", "turkey", "israel", "india", "china", "japan", "south korea", "korea", "singapore",
        "australia", "new zealand", "brazil", "brasil", "mexico", "argentina", "chile", "colombia", "nigeria", "kenya",
        "south africa", "egypt", "uae", "united arab emirates", "saudi arabia", "pakistan", "bangladesh", "vietnam",
        "indonesia", "philippines", "malaysia", "thailand", "ukraine", "russia", "estonia", "latvia", "lithuania",
        "luxembourg", "gb", "de", "fr", "es", "nl", "se", "au", "ca", "in", "ie", "sg", "jp", "br", "pl", "ng", "it",
        "danmark", "sverige", "norge", "suomi", "nederland", "österreich", "schweiz", "suisse", "svizzera", "italia",
        "česko", "magyarország", "éire", "türkiye", "россия", "україна",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The rest of the world's countries by their English names. They count as a place only as a whole comma
    /// part ("Lima, Peru", "Costa Rica, Remote"), never as a word inside a longer name: "Iceland Frozen Foods" is a
    /// shop. (First names such as Jordan or Chad are left out: they open people's names far more often than they close
    /// an address.)</summary>
    private static readonly FrozenSet<string> WholeCountries = new[]
    {
        "afghanistan", "albania", "algeria", "andorra", "angola", "armenia", "azerbaijan", "bahrain", "belarus",
        "bolivia", "bosnia and herzegovina", "botswana", "bulgaria", "cambodia", "cameroon", "costa rica", "croatia",
        "cuba", "cyprus", "dominican republic", "ecuador", "el salvador", "ethiopia", "gambia", "the gambia", "ghana", "guatemala", "honduras",
        "iceland", "iran", "iraq", "jamaica", "kazakhstan", "kuwait", "lebanon", "malta", "mauritius", "moldova",
        "monaco", "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "nepal", "nicaragua", "north macedonia",
        "oman", "panama", "paraguay", "peru", "puerto rico", "qatar", "rwanda", "senegal", "serbia", "slovakia",
        "slovenia", "sri lanka", "sudan", "taiwan", "tanzania", "trinidad and tobago", "tunisia", "uganda", "uruguay",
        "uzbekistan", "venezuela", "zambia", "zimbabwe", "côte d'ivoire", "ivory coast", "bhutan", "laos", "kyrgyzstan",
        "tajikistan", "turkmenistan", "madagascar", "namibia", "malawi", "liechtenstein", "san marino", "fiji",
        // Countries as German and Dutch resumes name them.
        "kanada", "frankreich", "frankrijk", "spanien", "spanje", "italien", "italië", "niederlande", "belgien", "belgië",
        "schweden", "zweden", "norwegen", "noorwegen", "dänemark", "denemarken", "finnland", "polen", "russland",
        "rusland", "tschechien", "ungarn", "griechenland", "türkei", "irland", "ierland", "schottland", "australien",
        "australië", "neuseeland", "brasilien", "mexiko", "indien", "südafrika", "vereinigte staaten", "verenigde staten",
        "großbritannien", "grossbritannien", "vereinigtes königreich", "verenigd koninkrijk", "duitsland", "oostenrijk",
        "zwitserland",
        // Countries as French, Spanish, Portuguese and Italian resumes name them, and the Maghreb's in German too.
        "allemagne", "espagne", "italie", "belgique", "pays-bas", "royaume-uni", "angleterre", "états-unis", "etats-unis",
        "autriche", "suède", "norvège", "danemark", "pologne", "roumanie", "grèce", "turquie", "irlande", "maroc", "tunisie",
        "algérie", "sénégal", "cameroun", "côte d’ivoire", "alemania", "francia", "bélgica", "países bajos", "reino unido",
        "estados unidos", "marruecos", "suiza", "italia", "alemanha", "espanha", "frança", "itália", "inglaterra", "suíça",
        "holanda", "germania", "spagna", "belgio", "paesi bassi", "regno unito", "stati uniti", "marokko", "tunesien",
        "algerien",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Regions = new[]
    {
        "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la", "me",
        "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa",
        "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc", "on", "qc", "bc", "ab", "mb", "sk",
        "ns", "nsw", "vic", "qld", "act", "alabama", "alaska", "arizona", "arkansas", "california", "colorado",
        "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
        "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
        "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
        "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
        "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
        "ontario", "quebec", "british columbia", "alberta", "new south wales", "victoria", "queensland", "bavaria",
        "berlin", "hamburg", "île-de-france", "ile-de-france", "auvergne-rhône-alpes", "catalonia", "comunidad de madrid",
        "north holland", "south holland", "stockholm county", "karnataka", "maharashtra", "tamil nadu", "telangana",
        "delhi", "lagos", "greater london", "mazowieckie", "masovian", "lesser poland", "são paulo", "rio de janeiro",
        "tokyo", "dublin", "leinster", "noord-holland", "zuid-holland",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Cities = new[]
    {
        "london", "manchester", "bristol", "edinburgh", "glasgow", "birmingham", "leeds", "cambridge", "oxford", "dublin",
        "paris", "lyon", "marseille", "toulouse", "berlin", "munich", "münchen", "hamburg", "frankfurt", "cologne",
        "köln", "stuttgart", "karlsruhe", "madrid", "barcelona", "valencia", "seville", "lisbon", "porto", "rome",
        "milan", "amsterdam", "rotterdam", "utrecht", "eindhoven", "the hague", "brussels", "antwerp", "zurich", "zürich",
        "geneva", "vienna", "stockholm", "gothenburg", "oslo", "copenhagen", "helsinki", "warsaw", "kraków", "krakow",
        "wrocław", "gdańsk", "prague", "budapest", "bucharest", "athens", "istanbul", "tel aviv", "bengaluru", "bangalore",
        "mumbai", "pune", "hyderabad", "chennai", "delhi", "new delhi", "gurgaon", "noida", "kolkata", "tokyo", "osaka",
        "seoul", "beijing", "shanghai", "shenzhen", "hong kong", "taipei", "singapore", "sydney", "melbourne",
        "brisbane", "perth", "auckland", "wellington", "toronto", "vancouver", "montreal", "montréal", "ottawa",
        "calgary", "new york", "new york city", "nyc", "san francisco", "los angeles", "seattle", "portland", "austin",
        "boston", "chicago", "denver", "atlanta", "miami", "dallas", "houston", "raleigh", "durham", "charlotte",
        "philadelphia", "pittsburgh", "washington", "san diego", "san jose", "phoenix", "minneapolis", "detroit",
        "salt lake city", "nashville", "columbus", "baltimore", "são paulo", "sao paulo", "rio de janeiro",
        "mexico city", "buenos aires", "bogotá", "santiago", "lagos", "abuja", "nairobi", "cape town", "johannesburg",
        "cairo", "dubai", "abu dhabi", "riyadh", "kyiv", "tallinn", "riga", "vilnius",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Acme Labs, San Diego, CA" is an organisation followed by its place: the comma parts from the first known place
    /// on, when every one of them is a known city, region or country and what comes before names none. A lone state
    /// code after an unknown word ("Springfield, IL") is a place as a whole.
    /// </summary>
    public static (string Head, string Place)? SplitTrailingPlace(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return null;
        }
        for (var i = 1; i < parts.Length; i++)
        {
            // A head part that is a place itself keeps the whole a place ("London, Ontario, Canada"); one that only has
            // a place's name in it names an organisation ("University of Massachusetts, Amherst, MA").
            if (!IsPlace(parts[i..]) || parts[..i].Any(p => Score(p) >= 2 || IsRemote(p)))
            {
                continue;
            }
            if (parts.Length - i == 1 && parts[i].Length <= 3 && Regions.Contains(parts[i]))
            {
                return null;
            }
            return (string.Join(", ", parts[..i]), string.Join(", ", parts[i..]));
        }
        return null;
    }

    /// <summary>
    /// "Weltfern Hamburg, Deutschland", "Cypress Peak Vancouver, Kanada", "Nordwerk Landkreis Stade, NI, Germany": a
    /// business named with no comma before its town, the town's region or country after one. The known town (or a
    /// district word and the name after it) at the end of the first comma part opens the place. A name that ends on a
    /// word joining it to the town ("Bank of London"), or a school's name ("Universität Hamburg"), keeps its town.
    /// </summary>
    public static (string Head, string Place)? SplitTownAfterName(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts[1..].All(p => IsRegionOrCountry(p) || IsRegionCode(p)))
        {
            return null;
        }
        var words = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var at = 1; at < words.Length; at++)
        {
            var town = string.Join(' ', words[at..]);
            var district = at + 1 < words.Length && DistrictWords.Contains(words[at]) && words[(at + 1)..].All(w => char.IsUpper(w[0]));
            if (words.Length - at > 3 || !district && !Cities.Contains(town))
            {
                continue;
            }
            var name = string.Join(' ', words[..at]);
            if (JoiningWords.Contains(words[at - 1]) || SchoolWord().IsMatch(name) || Cities.Contains(name))
            {
                return null;
            }
            return (name, town + ", " + string.Join(", ", parts[1..]));
        }
        return null;
    }

    private static readonly FrozenSet<string> DistrictWords = new[] { "landkreis", "kreis", "bezirk", "kanton", "provinz", "county" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> JoiningWords = new[]
    {
        "of", "at", "in", "and", "&", "the", "for", "de", "du", "des", "di", "da", "do", "del", "della", "von", "vom", "zu", "für",
        "la", "le", "der", "den", "van", "y", "e", "et", "und",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"universit|hochschule|college|school|schule|institut|academy|akademie|école|ecole|escola|escuela|scuola|politec|gymnasium|lyc[ée]e|campus", RegexOptions.IgnoreCase)]
    private static partial Regex SchoolWord();

    /// <summary>Comma parts that together name a place: known places; a town the list does not know before a known
    /// region or country; a known place before a state's code the list does not hold ("São Paulo, SP"); "Remote".</summary>
    public static bool IsPlace(string[] tail)
    {
        return tail.Length > 0 && (tail.All(Known) || tail.Length >= 2 && LooksLikeName(tail[0]) && tail[1..].All(Known)
            || tail.Length >= 2 && Known(tail[0]) && tail[1..].All(IsRegionCode)
            // "Valencia, Comunidad Valenciana", "Bengaluru, Karnataka": a known town before a region the lists do not hold.
            || tail.Length == 2 && Cities.Contains(tail[0]) && LooksLikeName(tail[1]) && RoleWords.TitleScore(tail[1]) <= 0
            || tail.Length == 1 && IsRemote(tail[0])
            || tail.Length == 1 && TownAndStateCode(tail[0])
            || tail.Length == 1 && (TownSlashRegionCode(tail[0]) || PostcodeThenTown().IsMatch(tail[0])));

        static bool Known(string part) => Cities.Contains(part) || Countries.Contains(part) || WholeCountries.Contains(part) || Regions.Contains(part);

        static bool LooksLikeName(string part) => part.Length >= 3 && char.IsUpper(part[0]) && !part.EndsWith('.')
            && part.Count(c => c == ' ') <= 2 && !part.Any(char.IsDigit) && !LegalForms.Contains(part);
    }

    private static readonly FrozenSet<string> LegalForms = new[]
    {
        "inc", "llc", "ltd", "limited", "gmbh", "corp", "plc", "co", "ag", "sa", "bv", "pty", "llp", "srl", "ab", "oy", "as",
        // Other countries' forms, as written with or without their dots (the last dot is trimmed before the lookup).
        "ltda", "eireli", "sarl", "sas", "spa", "pvt", "pte", "bhd", "aps", "asa", "oyj", "mbh", "s.a", "s.l", "b.v", "n.v",
        "e.v", "s.r.o", "a.s", "o.o", "s.p.a", "s.r.l",
        // German partnerships and the non-profit GmbH ("DRK Rettungsdienst gGmbH", "Kühn & Söhne KG").
        "ggmbh", "kg", "ohg", "gbr", "kgaa",
        "corporation", "kft", "s.l.u", "s.a.s",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"Chorozinho/Ce", "Pouso Alegre/MG", "Recife-Pe", "Osasco - SP": a town and its state's code joined by a
    /// slash or a dash, as Brazilian resumes write where they are; the code in any case, the town's words no title.</summary>
    private static bool TownSlashRegionCode(string text) =>
        TownSlashCode().Match(text.Trim()) is { Success: true } m
        && (Regions.Contains(m.Groups[2].Value) || BrazilianStates.Contains(m.Groups[2].Value))
        && RoleWords.TitleScore(m.Groups[1].Value) <= 0;

    /// <summary>Brazil's states by their codes. Kept apart from <see cref="Regions"/>: alone, "GO", "SP" or "PR" are as
    /// often a language, an abbreviation or a word; after a town and a slash they are only a state.</summary>
    private static readonly FrozenSet<string> BrazilianStates = new[]
    {
        "ac", "al", "ap", "am", "ba", "ce", "df", "es", "go", "ma", "mt", "ms", "mg", "pa", "pb", "pr", "pe", "pi", "rj",
        "rn", "rs", "ro", "rr", "sc", "sp", "se", "to",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(\p{Lu}[\p{L}'’.\-]+(?: (?:\p{Lu}[\p{L}'’.\-]+|d[aeo]s?)){0,3})(?:\s?/\s?|\s?[-–]\s?)(\p{Lu}\p{L})$")]
    private static partial Regex TownSlashCode();

    /// <summary>"Cork IE" → "Cork, IE", "Austin TX US" → "Austin, TX US": the town set apart from its codes.</summary>
    public static string CommaBeforeCodes(string text)
    {
        if (text.Contains(',') || !CityWithCode(text))
        {
            return text;
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var codes = words.Reverse().TakeWhile(IsCode).Count();
        return string.Join(' ', words.Take(words.Length - codes)) + ", " + string.Join(' ', words.Skip(words.Length - codes));
    }

    private static bool IsCode(string w) =>
        w.Length == 2 && w.All(char.IsAsciiLetterUpper) && (Countries.Contains(w) || Regions.Contains(w)) && !LegalForms.Contains(w);

    /// <summary>"Pasadena CA", "Lake Forest CA": a town and its state's code with no comma between, as a job's line
    /// closes on its place ("Jet Propulsion Laboratory, Pasadena CA"); the town's words are neither a title nor an
    /// organisation's ("Amazon UK" names a company).</summary>
    private static bool TownAndStateCode(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return CityWithCode(text) && words.Length >= 2 && IsCode(words[^1]) && !IsCode(words[^2]) && Regions.Contains(words[^1])
            && string.Join(' ', words[..^1]) is var town && RoleWords.TitleScore(town) <= 0 && !RoleWords.NamesOrganisation(town);
    }

    private static bool CityWithCode(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4)
        {
            return false;
        }
        var codes = words.Reverse().TakeWhile(IsCode).Count();
        return codes is >= 1 and <= 2 && codes < words.Length
            && words.Take(words.Length - codes).All(w => char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLower(c) || c is '-' or '\''));
    }

    /// <summary>"SP", "PR", "NSW": a region's code in capitals, which the lists need not hold, that is no legal form ("AG", "AS").</summary>
    public static bool IsRegionCode(string part) => part.Length is 2 or 3 && part.All(char.IsAsciiLetterUpper) && !LegalForms.Contains(part);

    public static bool IsLegalForm(string text) => LegalForms.Contains(text.Trim().TrimEnd('.'));

    /// <summary>A word of a name that is a legal form: a form of two letters is written with a capital ("AS", "Co."), so
    /// the everyday words it spells in lower case ("as", "co") are not one.</summary>
    public static bool IsLegalFormWord(string word) =>
        IsLegalForm(word) && (word.Trim().TrimEnd('.').Length > 2 || char.IsUpper(word.Trim()[0]));

    public static bool IsCountry(string text) => Countries.Contains(text) || WholeCountries.Contains(text);

    /// <summary>The town and the state's code of <see cref="TownSlashRegionCode"/>, or null.</summary>
    public static (string Town, string Code)? TownAndItsCode(string text) =>
        TownSlashRegionCode(text) && TownSlashCode().Match(text.Trim()) is { Success: true } m ? (m.Groups[1].Value, m.Groups[2].Value) : null;

    public static bool IsRegionOrCountry(string text) => Regions.Contains(text) || Countries.Contains(text) || WholeCountries.Contains(text);

    public static bool IsRemote(string text) => text.Trim().ToLowerInvariant() is "remote" or "hybrid" or "on-site" or "onsite"
        or "remote-first" or "fully remote" or "(remote)" or "remote / hybrid" or "distributed";

    /// <summary>How much a short phrase looks like a place: a known city, region or country, or "Word, Word".</summary>
    public static int Score(string text)
    {
        var t = text.Trim().Trim('(', ')', '–', '-', '—').Trim();
        if (t.Length == 0 || t.Length > 70 || t.Contains('@') || t.Contains("://", StringComparison.Ordinal))
        {
            return 0;
        }
        if (IsRemote(t))
        {
            return 3;
        }
        var parts = t.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var score = 0;
        foreach (var part in parts)
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var core = string.Join(' ', words.Where(w => !w.Any(char.IsDigit)));
            if (Cities.Contains(core) || Countries.Contains(core) || WholeCountries.Contains(core) || Regions.Contains(core))
            {
                score += 2;
            }
            else if (words.Any(w => Cities.Contains(w) || Countries.Contains(w) && w.Length > 2 || Regions.Contains(w) && w.Length > 2))
            {
                score += 1;
            }
        }
        if (parts.Any(p => TownBesidePostcode(p) is not null))
        {
            score += 2;
        }
        if (parts.Length >= 2 && parts.All(p => p.Length > 0 && char.IsUpper(p[0]) && p.Split(' ').Length <= 4))
        {
            score += 1;
        }
        // "Recife-Pe", "São Paulo - SP": a town and its state's code joined by a dash or a slash, alone or after a street
        // with its number; at the end of a line of other facts ("Solteira, sem filhos, Natural de Recife/PE") it is
        // where the person was born.
        if (parts.Length > 0 && TownSlashRegionCode(parts[0]) || parts.Length > 1 && TownSlashRegionCode(parts[^1]) && parts.Any(p => p.Any(char.IsDigit)))
        {
            score += 2;
        }
        // "Cork IE", "Lagos NG", "Springfield IL": capitalised words closed by a country or state code in capitals.
        if (score == 0 && parts.Length == 1 && CityWithCode(parts[0]))
        {
            score = 2;
        }
        return score;
    }

    /// <summary>The town of an address part that pairs it with its postcode, as most of the world writes it: "(9000)
    /// Aalborg", "10115 Berlin", "1012 JS Amsterdam", "Tuticorin-628008", "Pune 411001", and the six digits
    /// before the town that India, Russia, Romania and China write ("630090 Novosibirsk").</summary>
    public static string? TownBesidePostcode(string part)
    {
        string town;
        if (PostcodeThenTown().Match(part.Trim()) is { Success: true } before)
        {
            town = before.Groups["town"].Value;
        }
        else if (TownThenPostcode().Match(part.Trim()) is { Success: true } after)
        {
            town = after.Groups["town"].Value.TrimEnd('-', '.');
            // "Denver, CO 80202": a state with its ZIP code follows the town, it is not one.
            if (Regions.Contains(town) || IsRegionCode(town) || IsCountry(town))
            {
                return null;
            }
        }
        else
        {
            return null;
        }
        // "17028 Bunge Lane" is a street with its number, not a postcode with its town.
        return NotTowns.Contains(town.Split(' ')[0]) || StreetTypes.Contains(town.Split(' ')[^1].TrimEnd('.')) ? null : town;
    }

    private static readonly FrozenSet<string> StreetTypes = new[]
    {
        "st", "street", "ave", "avenue", "blvd", "boulevard", "rd", "road", "dr", "drive", "ln", "lane", "way", "ct", "court",
        "pl", "place", "ter", "terrace", "hwy", "highway", "pkwy", "parkway", "cir", "circle", "straße", "strasse", "str",
        "weg", "gasse", "allee", "platz", "ring", "rue", "calle", "via",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NotTowns = new[]
    {
        "suite", "apt", "apartment", "unit", "building", "bldg", "floor", "room", "box", "block", "sector", "plot", "house",
        "flat", "no", "phone", "tel", "mobile", "fax", "zip", "pin", "postcode", "code", "id", "since", "from", "until",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"Barrie (ON)", "Campinas (SP)": an address's town with its region's code in brackets. (Only in an
    /// address: "Business Analytics (BS)" has the same shape.)</summary>
    public static bool IsTownWithRegionCode(string part) =>
        TownWithRegionCode().Match(part.Trim()) is { Success: true } m && Regions.Contains(m.Groups[1].Value);

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.\-]+(?: \p{Lu}[\p{L}'’.\-]+){0,2}\s+\((\p{Lu}{2,3})\)?$")]
    private static partial Regex TownWithRegionCode();

    // A town's words are capitalised, bar the small words that join them ("Frankfurt am Main", "Neustadt an der Weinstraße").
    [GeneratedRegex(@"^\(?(?:[A-Z]{1,2}-)?\d{4,6}\)?(?:\s[A-Z]{2})?\s+(?<town>\p{Lu}[\p{L}'’.\-]+(?:\s(?:(?:an|am|im|in|ob|bei|upon|on|sur|sous|de|del|la|le|les|aan|den|der|dem|die)\s){0,2}\p{Lu}[\p{L}'’.\-]+){0,2})$")]
    private static partial Regex PostcodeThenTown();

    [GeneratedRegex(@"^(?<town>\p{Lu}[\p{L}'’.\-]+(?:\s(?:(?:an|am|im|in|ob|bei|upon|on|sur|sous|de|del|la|le|les|aan|den|der|dem|die)\s){0,2}\p{Lu}[\p{L}'’.\-]+){0,2})\s*[-–]?\s*\(?\d{5,6}\)?$")]
    private static partial Regex TownThenPostcode();
}
