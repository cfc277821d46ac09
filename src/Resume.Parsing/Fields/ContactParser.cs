using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Resume.Model;

namespace Resume.Parsing.Fields;

/// <summary>
/// Reads email, phone, links, profiles and location from header and contact lines, written with or without labels
/// ("GitHub: jdoe", "jdoe (GitHub)", a "LinkedIn" label above its value), with or without a scheme.
/// </summary>
internal static partial class ContactParser
{
    private static readonly string[] LabelWords =
    [
        "email", "e-mail", "mail", "phone", "mobile", "tel", "telephone", "cell", "location", "address", "website", "web",
        "site", "portfolio", "homepage", "blog", "url", "links", "contact", "city", "based in", "email id", "e-mail id",
        "mail id", "email address", "e-mail address", "mobile number", "mobile no", "mobile no.", "phone number", "phone no",
        "phone no.", "contact number", "contact no", "contact no.", "cell phone", "telephone number", "telefon", "telefono",
        "teléfono", "téléphone", "tél", "handy", "mobil", "móvil", "celular", "adresse", "anschrift", "wohnort", "dirección",
        "endereço", "indirizzo",
    ];

    /// <summary>Personal particulars a form or a CV from many countries lists beside the contact details: their values are
    /// neither a place to live nor a way to reach the person, so they are left out of both.</summary>
    private static readonly FrozenSet<string> PersonalLabels = new[]
    {
        "nationality", "citizenship", "gender", "sex", "date of birth", "dob", "d.o.b", "d.o.b.", "birth date", "birthday",
        "place of birth", "marital status", "civil status", "religion", "father's name", "father name", "fathers name",
        "mother's name", "mother name", "age", "languages known", "passport", "passport no", "passport number",
        "visa status", "blood group", "caste", "community",
    }.ToFrozenSet();

    public static ContactDetails Read(IEnumerable<string> pieces)
    {
        var details = new ContactDetails();
        string? pendingLabel = null;
        // A row of labels over a row of values ("MOBILE  EMAIL  GITHUB" / "98xxxxxxxx  a@b.c  @handle"): each value is
        // its own column's, in order, not all the last label's.
        var rowLabels = new Queue<string>();
        var list = pieces as IList<string> ?? pieces.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var piece = WithoutStrayIcon(list[i].Trim().Trim('|', '•', '·').Trim());
            if (piece.Length == 0)
            {
                continue;
            }
            // "Nationality: Indian", "Date of birth - 10.03.2004", "Gender (M/F): F" written on one line.
            if (LabelBeforeValue().Match(piece) is { Success: true } particular && IsPersonalLabel(particular.Groups[1].Value))
            {
                pendingLabel = null;
                rowLabels.Clear();
                continue;
            }
            // "LinkedIn" / "mary-ellen-carter" on the next line, "Email" / "a@b.c", "Nationality" / "Indian".
            if (IsLabelOnly(piece, out var label) || IsPersonalLabel(label))
            {
                if (pendingLabel is not null)
                {
                    rowLabels.Enqueue(pendingLabel);
                }
                pendingLabel = label;
                continue;
            }
            if (rowLabels.Count > 0)
            {
                if (pendingLabel is not null)
                {
                    rowLabels.Enqueue(pendingLabel);
                }
                pendingLabel = rowLabels.Dequeue();
            }
            var labelled = LabelPrefix().Match(piece);
            if (!labelled.Success)
            {
                labelled = SpacedLabelPrefix().Match(piece);
            }
            string? inlineLabel = null;
            if (labelled.Success)
            {
                inlineLabel = labelled.Groups[1].Value;
                piece = piece[labelled.Length..].Trim();
                rowLabels.Clear();
            }
            // "LinkedIn" / "GitHub" shown as links' words in a column beside the e-mail and the number: the network's word
            // read before the number labels nothing of it, as no handle is a grouped number.
            if (inlineLabel is null && pendingLabel is not null && Networks.ByLabel(pendingLabel) is not null && !IsPhoneLabel(pendingLabel)
                && FindPhone(piece) is { } number && number.Length >= piece.Length - 2 && number.Contains(' '))
            {
                pendingLabel = null;
            }
            var currentLabel = inlineLabel ?? pendingLabel;
            pendingLabel = null;
            if (currentLabel is not null && IsPersonalLabel(currentLabel))
            {
                continue;
            }
            // A long address wrapped in a narrow table cell ("Kumaresan394" / "4@mail.com"): under an e-mail label, a
            // lone word with no "@" is the start of the address on the next line.
            if (currentLabel is not null && IsEmailLabel(currentLabel) && !piece.Contains('@') && LocalPart().IsMatch(piece)
                && i + 1 < list.Count && Email().Match(list[i + 1].Trim()) is { Success: true, Index: 0 })
            {
                piece += list[++i].Trim();
            }
            ReadPiece(piece, currentLabel, details);
        }
        return details;
    }

    private static void ReadPiece(string piece, string? label, ContactDetails details)
    {
        piece = SpacedDomain().Replace(piece, "$1$2");
        var consumed = false;
        var email = Email().Match(piece);
        if (email.Success)
        {
            details.Email ??= email.Value.TrimEnd('.');
            piece = piece.Remove(email.Index, email.Length).Trim();
            consumed = true;
        }
        var network = label is null ? null : Networks.ByLabel(label);
        foreach (Match url in Url().Matches(piece))
        {
            if (DegreeAbbreviation().IsMatch(url.Value))
            {
                continue; // "B.Tech", "M.Tech", "B.Com": a degree, though it has a host's shape
            }
            AddUrl(url.Value, details);
            consumed = true;
        }
        if (consumed)
        {
            piece = TrimLooseBrackets(Url().Replace(piece, "").Trim().Trim('|', '·', ',').Trim());
            if (piece.Length == 0 || network is not null)
            {
                return;
            }
        }
        if (network is not null && Handle().Match(piece) is { Success: true } handle)
        {
            AddProfile(network, handle.Value.TrimStart('@'), null, details);
            return;
        }
        var suffixed = HandleWithNetwork().Match(piece);
        if (suffixed.Success && Networks.ByLabel(suffixed.Groups[2].Value) is { } suffixNetwork)
        {
            AddProfile(suffixNetwork, suffixed.Groups[1].Value.TrimStart('@'), null, details);
            return;
        }
        var phone = FindPhone(piece) ?? UnbrokenNational(piece, label);
        if (phone is not null && (label is null || IsPhoneLabel(label) || Networks.ByLabel(label) is null))
        {
            details.Phone ??= phone;
            var rest = piece.Replace(phone, "", StringComparison.Ordinal).Trim().Trim('|', '·', ',', '(', ')').Trim();
            if (rest.Length > 0 && !consumed && !IsLabelOnly(rest, out _)) // "Telefon:0163/…": its label is no title
            {
                details.Rest.Add(rest);
            }
            return;
        }
        if (label is not null && IsLocationLabel(label))
        {
            SetLocation(piece, details, force: true);
            return;
        }
        if (!consumed)
        {
            details.Rest.Add(piece);
        }
    }

    /// <summary>Picks the location among the pieces left over (after name and title are taken out).</summary>
    /// <summary>A city the place list does not know, set on its own line above its region or country ("Cork" /
    /// "Ireland", as moderncv's address prints), reads as one place.</summary>
    private static IEnumerable<string> PairStackedPlaces(List<string> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var text = candidates[i].Trim();
            if (i + 1 < candidates.Count && IsBareCityName(text) && Places.IsRegionOrCountry(candidates[i + 1].Trim())
                && Structure.HeadingLexicon.Match(text) is null)
            {
                yield return $"{text}, {candidates[i + 1].Trim()}";
                i++;
                continue;
            }
            yield return candidates[i];
        }
    }

    /// <summary>What follows a town is its region or country by name, or by the code an address writes it with ("BC",
    /// "NO") when the lists do not know the town (a known one is found by the lists alone).</summary>
    public static bool IsRegionOrItsCode(string town, string text) =>
        Places.IsRegionOrCountry(text) || Places.IsRegionCode(text) && Places.Score(town) == 0;

    public static bool IsBareCityName(string text) =>
        text.Length is >= 2 and <= 30 && char.IsUpper(text[0]) && !text.Contains(',') && !text.Any(char.IsDigit)
        && text.Count(c => c == ' ') <= 2 && !text.Contains('@');

    /// <summary>"07743 Jena (Germany)": an address may close with the country in brackets after the postcode and town, as
    /// the Europass CV prints every address; the bracket is the country's part, so the postcode is read beside the town.</summary>
    private static string CountryInBrackets(string text)
    {
        var comma = text.LastIndexOf(',');
        var last = text[(comma + 1)..].Trim();
        return TrailingBracket().Match(last) is { Success: true } tail && Places.TownBesidePostcode(tail.Groups[1].Value) is not null
            ? (comma >= 0 ? text[..comma] + ", " : "") + tail.Groups[1].Value + ", " + tail.Groups[2].Value.Trim()
            : text;
    }

    public static void ReadLocation(IEnumerable<string> candidates, ContactDetails details)
    {
        if (details.Location is not null)
        {
            return;
        }
        string? best = null;
        var bestScore = 0;
        foreach (var candidate in PairStackedPlaces(candidates.ToList()))
        {
            var text = CountryInBrackets(AsPlace(candidate.Trim().Trim('–', '-', '—', '|', '·').Trim()));
            if (text.Length is < 2 or > 90 || text.Contains('@') || Email().IsMatch(text) || text.Count(char.IsDigit) > 14)
            {
                continue;
            }
            if (PlaceInSentence().Match(text) is { Success: true } told)
            {
                // Only the place is the location; a country alone names no city.
                text = told.Groups["place"].Value.Trim().TrimEnd('.');
                if (Places.IsCountry(text))
                {
                    continue;
                }
            }
            // "Italy" beside an e-mail address: a country alone names no town (a city state is both).
            if (Places.IsCountry(text) && !Places.Cities.Contains(text))
            {
                continue;
            }
            // "Adrogué. Provincia de Buenos Aires. Argentina.": full stops after whole names part a town, its region and
            // its country as commas do ("St. Louis" keeps the stop of its short word).
            if (!text.Contains(',') && !text.Any(char.IsDigit) && StoppedParts().IsMatch(text)
                && StoppedParts().Replace(text, ", ").TrimEnd('.') is var stopped && Places.Score(stopped) >= 2)
            {
                text = stopped;
            }
            // "10115 Berlin" has a street's shape but is the postcode before the town.
            if (StreetAddress().IsMatch(text) && !text.Contains(',') && Places.TownBesidePostcode(text) is null)
            {
                continue;
            }
            var score = Places.Score(text) + (text.Split(',').Any(Places.IsTownWithRegionCode) ? 2 : 0);
            // "Python, C, LaTeX, Git" in a sidebar beside the header: capitalised words in a list of three or more, or
            // with a lone letter among them, none a known place, are a list of skills, not an address.
            if (score <= 1 && text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { } listed
                && (listed.Length >= 3 || listed.Any(p => p.Length == 1)))
            {
                continue;
            }
            if (score > bestScore)
            {
                best = text;
                bestScore = score;
            }
        }
        if (best is not null)
        {
            SetLocation(best, details, force: false);
        }
    }

    /// <summary>"É Nantes, Pays de la Loire": a Word icon typed in a symbol font the printer lacked comes out as a lone
    /// accented letter or sign before the place. A single character beyond plain ASCII (no dash, quote or bracket), set
    /// apart before a capitalised name, is no word of the contact ("A Coruña" keeps its article, "&amp; Co" its ampersand).</summary>
    internal static string WithoutStrayIcon(string text) =>
        text.Length >= 4 && text[1] == ' ' && text[0] > '\u00A0' && char.IsUpper(text[2])
            && char.GetUnicodeCategory(text[0]) is not (UnicodeCategory.DashPunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation)
            ? text[2..].TrimStart()
            : text;

    /// <summary>A contact piece as the place it may name: without an icon before it or a remark in brackets after it.</summary>
    public static string AsPlace(string text) => PlaceRemark().Replace(WithoutIcons(text), "");

    /// <summary>A place without what a template sets before it: a mark or pictograph, or the lone letter a printer put for
    /// an icon its font lacked.</summary>
    private static string WithoutIcons(string text) => WithoutStrayIcon(WithoutLeadingMarks(text));

    /// <summary>"🌍 Barcelona, Spain": a pictograph or mark set before the place (a designed template's icon) is no part of
    /// it.</summary>
    private static string WithoutLeadingMarks(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]) && text[start] != '(')
        {
            start++;
        }
        return start == 0 ? text : text[start..].TrimStart();
    }

    /// <summary>Takes a line already known to name the person's town by where it stands.</summary>
    public static void SetTown(string text, ContactDetails details) => SetLocation(text, details, force: false);

    private static void SetLocation(string text, ContactDetails details, bool force)
    {
        if (details.Location is not null && !force)
        {
            return;
        }
        text = WithoutIcons(text.Trim().Trim('–', '-', '—', '|').Trim());
        // A street and its house number alone ("Lindenstr. 12" beside "Anschrift", the postcode and town on the line
        // under it) names no town: the town is left to the line that pairs one with its postcode.
        if (StreetWithNumber().IsMatch(text) || NumberedStreet().IsMatch(text))
        {
            return;
        }
        text = Regex.Replace(text, @"\s+[–—-]\s+", ", ");
        // "Lindenstr. 12 | 24937 Flensburg": a bar parts the street from the town as a comma does.
        text = Regex.Replace(text, @"\s*\|\s*", ", ").Trim(',', ' ');
        text = Places.CommaBeforeCodes(text); // "Cork IE" → "Cork, IE"
        var parts = CountryInBrackets(text).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        if (parts.Count == 0)
        {
            return;
        }
        string? address = null;
        // "1203 Hillcrest Blvd. Millbrae, CA 94030": the town follows the street's type with no comma between.
        if (StreetThenTown().Match(parts[0]) is { Success: true } joined)
        {
            parts = [joined.Groups["street"].Value, joined.Groups["town"].Value, .. parts[1..]];
        }
        // "Estrada São Francisco, 1850, Taboão da Serra": where the house number follows its street after a comma, as
        // Portuguese, Spanish and Italian addresses write it, the street and its number come before the town.
        if (parts.Count > 2 && NamedStreet().IsMatch(parts[0]) && HouseNumber().IsMatch(parts[1]))
        {
            address = parts[0] + ", " + parts[1];
            parts.RemoveRange(0, 2);
        }
        // A street or a building with a number in it ("C100 Benson Science Building") comes before the town.
        // "1855 Frederiksberg, Danmark" opens with a number too, but it is the postcode beside the town.
        while (parts.Count > 1 && Places.TownBesidePostcode(parts[0]) is null
            && (StreetAddress().IsMatch(parts[0]) || parts[0].Any(char.IsDigit) && !RegionAndZip().IsMatch(parts[0])))
        {
            address = address is null ? parts[0] : address + ", " + parts[0];
            parts.RemoveAt(0);
            if (parts.Count > 0 && (parts[0].StartsWith("Apt", StringComparison.OrdinalIgnoreCase)
                || parts[0].StartsWith("Suite", StringComparison.OrdinalIgnoreCase) || parts[0].StartsWith("Unit", StringComparison.OrdinalIgnoreCase)))
            {
                address += ", " + parts[0];
                parts.RemoveAt(0);
            }
        }
        if (parts.Count == 0)
        {
            return;
        }
        // "Stuhrs Brygge 15, (9000) Aalborg, Danmark": the part that pairs a town with its postcode is the town, and
        // whatever comes before it is the street.
        // "Taboão da Serra, São Paulo 06765-000": a Brazilian CEP follows the state as a ZIP code does, so the town is
        // the part before the state, not the name beside the code.
        var postal = parts.Count > 1 && CepAtEnd().IsMatch(parts[^1]) ? -1 : parts.FindIndex(p => Places.TownBesidePostcode(p) is not null);
        if (postal >= 0)
        {
            if (postal > 0)
            {
                address ??= string.Join(", ", parts[..postal]);
            }
            parts = [Places.TownBesidePostcode(parts[postal])!, .. parts[(postal + 1)..]];
        }
        // "Estr. da Encosta, 837 - Pedreira, São Paulo - SP": a Brazilian address names the district, then the town, then
        // the state's code; the town is the part before the code, and the district belongs to the street. Only after a
        // street with its number: "Madrid, Comunidad de Madrid, ES" names a town, its region and its country.
        if ((address is not null || text.Any(char.IsDigit)) && parts.Count >= 3 && Places.IsRegionCode(parts[^1]) && parts[^1].Length == 2 && Places.TownAndItsCode($"{parts[^2]}/{parts[^1]}") is not null)
        {
            address = string.Join(", ", (address is null ? [] : new[] { address }).Concat(parts[..^2]));
            parts = parts[^2..];
        }
        var city = parts[0];
        string? region = parts.Count > 1 ? parts[1] : null;
        // "Recife-Pe", "Recife/PE": the town and its state's code in one piece.
        if (parts.Count == 1 && Places.TownAndItsCode(city) is { } coded)
        {
            (city, region) = coded;
        }
        // "Barrie (ON)": the region in brackets after the town.
        if (BracketedRegion().Match(city) is { Success: true } bracketed)
        {
            city = bracketed.Groups[1].Value;
            region ??= bracketed.Groups[2].Value;
        }
        // "Miami/Broward County": a known town named with the wider area it lies in, after a slash, is that town.
        if (city.IndexOf('/') is > 0 and var slash && Places.Cities.Contains(city[..slash].Trim()))
        {
            city = city[..slash].Trim();
        }
        string? country = parts.Count > 2 ? parts[^1] : null;
        if (parts.Count == 1)
        {
            // "Portland OR US", "Amsterdam North Holland 1012 JS NL": the longest known city at the start.
            var words = city.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var n = Math.Min(3, words.Length - 1); n >= 1; n--)
            {
                var head = string.Join(' ', words[..n]);
                if (Places.Cities.Contains(head))
                {
                    region = string.Join(' ', words[n..]);
                    city = head;
                    break;
                }
            }
        }
        details.Address ??= address;
        details.Location = new Location
        {
            Address = address,
            City = city,
            Region = region,
            CountryCode = country is { Length: 2 } code && code.All(char.IsUpper) ? code : null,
        };
    }

    /// <summary>Whether a link's address is the printed one made whole: the printed address wrapped, so the link adds the
    /// part on the other line, which starts (or, before the printed part, ends) where a line can break: at a dot, hyphen or
    /// underscore ("tomas.kim@mail.co" + ".uk"). A link that differs by a stray letter ("…@gmail.comm", "jjane@…") is a typo
    /// in the link box: the page shows the address the person wrote.</summary>
    private static readonly HashSet<string> CommonEndings = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "org", "net", "edu", "gov", "io", "me", "dev", "info", "biz", "us", "uk", "ca", "de", "fr", "in", "au", "nl",
        "es", "it", "ch", "se", "pk", "nz", "br", "mx", "ar", "za", "ng", "ph", "sg", "my", "jp", "kr", "cn", "ru", "pl", "ie",
    };

    private static bool CompletesWrapped(string printed, string linked)
    {
        if (linked.Length <= printed.Length)
        {
            return linked.Equals(printed, StringComparison.OrdinalIgnoreCase);
        }
        if (linked.StartsWith(printed, StringComparison.OrdinalIgnoreCase))
        {
            // A cell's edge can clip the address anywhere ("…@gmail.co"); a printed address ending in a whole common
            // domain ending was not clipped.
            var ending = printed[(printed.LastIndexOf('.') + 1)..];
            return linked[printed.Length] is '.' or '-' or '_' || printed[^1] is '.' or '-' or '_' || !CommonEndings.Contains(ending);
        }
        if (linked.EndsWith(printed, StringComparison.OrdinalIgnoreCase))
        {
            var cut = linked.Length - printed.Length;
            return linked[cut - 1] is '.' or '-' or '_' || printed[0] is '.' or '-' or '_';
        }
        return false;
    }

    /// <summary>
    /// Addresses behind the contact lines' links: they fill in what the text shows only as an icon or a network's name,
    /// and they are whole where the printed address wrapped or was cut ("tomas.kim@mail.co" / "uk").
    /// </summary>
    public static void ReadLinks(IEnumerable<string> links, ContactDetails details)
    {
        foreach (var link in links)
        {
            if (link.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                var address = Uri.UnescapeDataString(link[7..]).Split('?')[0].Trim();
                if (Email().Match(address) is { Success: true } m && m.Value.Length == address.Length
                    && (details.Email is null || CompletesWrapped(details.Email, address)))
                {
                    details.Email = address;
                }
                continue;
            }
            if (link.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
            {
                details.Phone ??= FindPhone(Uri.UnescapeDataString(link[4..]));
                continue;
            }
            // Word keeps whatever was typed into the link box, separators included ("…/in/jdoe|").
            var target = Regex.Replace(link, @"(?:\||%7[Cc])+$", "");
            if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0
                || !IsPersonalSite(uri))
            {
                continue;
            }
            var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (Networks.ByHost(uri.Host) is { } network)
            {
                // A profile's address is its path: a query on it ("?trk=…", "?lipi=…") tracks the click, not the person.
                target = uri.GetLeftPart(UriPartial.Path);
                // A profile is the network's page for a person, not one of their repositories or posts.
                var user = segments switch
                {
                    ["in" or "pub" or "users" or "u", var u] => u,
                    [var u] => u,
                    _ => null,
                };
                if (user is null)
                {
                    continue;
                }
                user = Uri.UnescapeDataString(user).TrimStart('@');
                var cut = details.Profiles.FindIndex(p => p.Network == network && p.Username is { Length: > 0 } known
                    && user.Length > known.Length && user.StartsWith(known, StringComparison.OrdinalIgnoreCase));
                if (cut >= 0)
                {
                    details.Profiles[cut] = details.Profiles[cut] with { Username = user, Url = target };
                    continue;
                }
                AddProfile(network, user, target, details);
                continue;
            }
            if (details.Url is null)
            {
                details.Url = target;
            }
            else if (Uri.TryCreate(details.Url, UriKind.Absolute, out var known) && known.Host.Length < uri.Host.Length
                && uri.Host.StartsWith(known.Host, StringComparison.OrdinalIgnoreCase))
            {
                details.Url = target; // the printed address wrapped after its first part
            }
        }
    }

    private static void AddUrl(string value, ContactDetails details)
    {
        var url = value.TrimEnd('.', ',', ')', ';');
        var withScheme = url.Contains("://", StringComparison.Ordinal) ? url : "https://" + url;
        if (!Uri.TryCreate(withScheme, UriKind.Absolute, out var uri))
        {
            return;
        }
        if (!IsPersonalSite(uri))
        {
            return;
        }
        if (Networks.ByHost(uri.Host) is { } network)
        {
            var path = uri.AbsolutePath.Trim('/');
            var user = path.Split('/', StringSplitOptions.RemoveEmptyEntries) switch
            {
                ["in" or "pub" or "company" or "users" or "u", var u, ..] => u,
                [var u, ..] => u,
                _ => null,
            };
            // A network's name printed beside its icon ("facebook.com") names nobody; the link behind it may.
            if (user is not null)
            {
                AddProfile(network, user.TrimStart('@'), withScheme, details);
            }
            return;
        }
        details.Url ??= withScheme;
    }

    /// <summary>What is left around a removed address: "(a@b.c)" leaves "()", but "(309)-349-6331 a@b.c" keeps the
    /// area code's brackets.</summary>
    private static string TrimLooseBrackets(string text)
    {
        while (text.Length > 0 && (text[0] == '(' && text.IndexOf(')') < 0 || text[0] == ')'))
        {
            text = text[1..].TrimStart();
        }
        while (text.Length > 0 && (text[^1] == ')' && text.IndexOf('(') < 0 || text[^1] == '('))
        {
            text = text[..^1].TrimEnd();
        }
        return text == "()" ? "" : text;
    }

    /// <summary>Whether an address can be the person's own page: not a map, a paper's DOI or a placeholder host.</summary>
    private static readonly FrozenSet<string> LinkWords = new[]
    {
        "portfolio", "profile", "page", "website", "site", "link", "links", "projects", "repos", "repositories", "account",
        "blog", "here", "me",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsPersonalSite(Uri uri)
    {
        var host = uri.Host.ToLowerInvariant();
        var path = uri.AbsolutePath.ToLowerInvariant();
        return !(host.EndsWith(".invalid", StringComparison.Ordinal) || host.EndsWith(".example", StringComparison.Ordinal)
            || host is "localhost" or "example.com" or "doi.org" or "dx.doi.org" or "maps.app.goo.gl"
            || host.StartsWith("maps.google.", StringComparison.Ordinal)
            || (host.StartsWith("google.", StringComparison.Ordinal) || host.StartsWith("www.google.", StringComparison.Ordinal)) && path.StartsWith("/maps", StringComparison.Ordinal)
            || host == "goo.gl" && path.StartsWith("/maps", StringComparison.Ordinal));
    }

    private static void AddProfile(string network, string? username, string? url, ContactDetails details)
    {
        // "GitHub Portfolio", "LinkedIn Profile": the words of a link's label, not a user's name.
        if (url is null && username is not null && LinkWords.Contains(username))
        {
            return;
        }
        url ??= username is null ? null : Networks.UrlFor(network, username);
        foreach (var existing in details.Profiles)
        {
            if (existing.Network == network && string.Equals(existing.Username, username, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }
        details.Profiles.Add(new Profile { Network = network, Username = username, Url = url });
    }

    public static string? FindPhone(string text)
    {
        foreach (Match m in Phone().Matches(text))
        {
            var digits = m.Value.Count(char.IsDigit);
            if (digits is < 7 or > 15)
            {
                continue;
            }
            if (DateParser.Find(m.Value) is { } date && date.Length >= m.Length - 2)
            {
                continue;
            }
            if (CitationNumbers.Holds(text, m.Index))
            {
                continue; // "pp. 1363–1373", "10.1080/00031305.2017.1375986": a reference's pages or identifier
            }
            if (ZipCode().IsMatch(m.Value) && StateBefore().IsMatch(text[..m.Index]))
            {
                continue; // "Provo, UT 84602-5700": a ZIP code after its state
            }
            if (FiveThreePostcode().IsMatch(m.Value.Trim()))
            {
                continue; // "CEP: 41205-240", "São Paulo 06765-000": five digits and three is how a postcode is grouped, no phone
            }
            if (PostcodeLabelBefore().IsMatch(text[..m.Index]))
            {
                continue; // "Belo Horizonte - MG cep 30666-470": a postcode after its label
            }
            return m.Value.Trim();
        }
        // "0163/2055604", "089 / 123 456": German-speaking countries part the area code with a slash.
        if (SlashedAreaCode().Match(text) is { Success: true } slashed && slashed.Value.Count(char.IsDigit) is >= 7 and <= 15)
        {
            return slashed.Value.Trim();
        }
        foreach (Match m in UnbrokenInternational().Matches(text))
        {
            if (CallingCodes.IsUnbrokenNumber(m.Groups["code"].Value, m.Groups["sep"].Length > 0 || m.Groups["open"].Success || m.Groups["trunk"].Success,
                m.Groups["national"].Value))
            {
                return m.Value.Trim();
            }
        }
        return null;
    }

    /// <summary>A national number written as one run of digits ("07860635565", "8489270383") shows no grouping to tell it
    /// from other numbers, so it is a phone only when it fills its piece of the contact block: 10 or 11 digits (the
    /// length of a mobile number in most numbering plans), 12 or 13 when a calling code leads it, or 7 to 15 under a phone
    /// label.</summary>
    private static string? UnbrokenNational(string piece, string? label)
    {
        piece = PhoneKind().Replace(piece, ""); // "7734153834 (Mobile)"
        var digits = piece.StartsWith('+') ? piece[1..] : piece;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }
        var labelled = label is not null && IsPhoneLabel(label);
        // "919876543210": a calling code written without its plus before a mobile number is 12 or 13 digits; the code
        // and the length its country dials tell it from an account or ID number.
        var withCode = digits.Length is 12 or 13 && digits[0] != '0' && CallingCodes.IsUnbrokenNumber("", false, digits);
        return digits.Length is 10 or 11 || withCode || labelled && digits.Length is >= 7 and <= 15 ? piece : null;
    }

    public static bool IsContactPiece(string text) =>
        Email().IsMatch(text) || Url().IsMatch(text) || FindPhone(text) is not null || IsLabelOnly(text, out _)
        || HandleWithNetwork().Match(text) is { Success: true } m && Networks.ByLabel(m.Groups[2].Value) is not null
        || LabelPrefix().IsMatch(text);

    private static bool IsLabelOnly(string piece, out string label)
    {
        label = piece.TrimEnd(':', '-', '–').Trim();
        var lower = label.ToLowerInvariant();
        return Networks.ByLabel(lower) is not null && lower != "x" || LabelWords.Contains(lower);
    }

    private static bool IsPhoneLabel(string label)
    {
        var lower = label.ToLowerInvariant();
        return lower is "phone" or "mobile" or "tel" or "telephone" or "cell" or "cell phone" or "telefon" or "telefono" or "teléfono"
            or "téléphone" or "tél" or "handy" or "mobil" or "móvil" or "movil" or "celular" or "cellulare" or "portable" or "gsm" || lower.EndsWith(" phone", StringComparison.Ordinal) || lower.StartsWith("mobile ", StringComparison.Ordinal)
            || lower.StartsWith("phone ", StringComparison.Ordinal) || lower.StartsWith("contact n", StringComparison.Ordinal)
            || lower.StartsWith("telephone ", StringComparison.Ordinal);
    }

    private static bool IsEmailLabel(string label) => label.ToLowerInvariant() is "email" or "e-mail" or "mail" or "email id" or "e-mail id"
        or "mail id" or "email address" or "e-mail address";

    /// <summary>"Nationality", "GENDER (M/F)", "Date of Birth": a particular, not a contact detail.</summary>
    private static bool IsPersonalLabel(string label)
    {
        var lower = label.ToLowerInvariant().Trim();
        var bracket = lower.IndexOf('(');
        if (bracket > 0)
        {
            lower = lower[..bracket].Trim();
        }
        // "Languages/dialects spoken", "Languages known", "Mother tongue": a list of languages, not of places.
        return PersonalLabels.Contains(lower) || lower.StartsWith("language", StringComparison.Ordinal)
            || lower.StartsWith("dialect", StringComparison.Ordinal) || lower.StartsWith("mother tongue", StringComparison.Ordinal);
    }

    private static bool IsLocationLabel(string label) => label.ToLowerInvariant() is "location" or "address" or "city" or "based in"
        or "adresse" or "anschrift" or "wohnort" or "dirección" or "direccion" or "endereço" or "indirizzo" or "adres" or "domicile";

    /// <summary>An e-mail address. A fediverse handle ("@ana@mastodon.social") starts with "@" and is no address: no match
    /// may start inside one. A top-level domain is in one case or capitalised, so the address ends where a glued word
    /// begins ("ana@mail.comLinkedIn", "ana@mail.comSpringfield").</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9._%+\-@])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:[a-z]{2,24}|[A-Z]{2,24}(?![a-z])|[A-Z][a-z]{1,23})")]
    public static partial Regex Email();

    [GeneratedRegex(@"(?<![@\w.])(?:https?://[^\s|,;·•()<>]+|(?:www\.)?(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:com|net|org|io|dev|codes|me|co|ai|app|tech|site|xyz|info|page|blog|design|online|pro|cloud|sh|so|gg|ly|to|is|fyi|website|space|digital|studio|tools|works|social|name|biz|eu|uk|de|fr|es|nl|se|no|dk|fi|pl|it|pt|ch|at|be|ie|ca|us|au|nz|in|sg|jp|br|mx)(?![a-z0-9\-])(?:/[^\s|,;·•()<>]*)?)", RegexOptions.IgnoreCase)]
    public static partial Regex Url();

    /// <summary>A number's groups parted by a space, a stop, a hyphen or a word processor's dash for one ("408–2655": an
    /// en dash, a figure dash, a non-breaking hyphen).</summary>
    [GeneratedRegex(@"(?<![\w/+])(?:\+\s?\d{1,3}[\s.\-]?|\(\+\d{1,3}\)\s?)?(?:\(0\)\s?)?(?:\(\d{1,5}\)[\s.\-]?)?\d{1,5}(?:[\s.\-\u2010-\u2013]\d{1,8}){1,6}(?![\w/])")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^[A-Z]\.[A-Z][a-z]{1,4}$")]
    private static partial Regex DegreeAbbreviation();

    [GeneratedRegex(@"(?<![\w/.])0\d{2,5} ?/ ?\d{2,8}(?:[ \-]\d{2,8}){0,3}(?![\w/.])")]
    private static partial Regex SlashedAreaCode();

    /// <summary>"+49 8925775100", "+353874850562", "(+220) 7627205": a calling code (bare, or in brackets that end it) and
    /// the national number in one run of digits. German, Austrian, Swiss and Dutch writers keep the trunk "0" the number
    /// is dialled with at home in brackets after the code ("+49(0)1745646533"), and dial the code's "+" as "00"
    /// ("0049(0)1778783784"): the bracketed "0" ends the code as a space would.</summary>
    [GeneratedRegex(@"(?<![\w/+(])(?:(?<open>\()?\+ ?|00(?=\d{1,3}\(0\)))(?<code>\d{1,3})(?(open)\))(?<sep>[\s.\-]?)(?<trunk>\(0\)\s?)?(?<national>\d{5,13})(?![\w/])")]
    private static partial Regex UnbrokenInternational();

    /// <summary>"cep", "CEP:", "ZIP", "PLZ", "postcode", "código postal" closing the text before a number.</summary>
    [GeneratedRegex(@"\b(?:cep|zip(?:\s*code)?|plz|post\s?code|postal\s+code|c[óo]digo\s+postal|c\.p\.)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PostcodeLabelBefore();

    [GeneratedRegex(@"^(linkedin|github|gitlab|twitter|x|stack\s?overflow|kaggle|medium|dribbble|behance|bitbucket|mastodon|e-?mail(?: id| address)?|mail(?: id)?|(?:phone|mobile|contact|telephone)(?: number| no\.?)|(?:office|work|home|cell|personal|mobile) (?:phone|tel|telephone)(?: number)?|phone|mobile|tel|telephone|cell|location|address|website|web|site|portfolio|homepage|blog|url|city)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LabelPrefix();

    /// <summary>A label cell set right against its value: "Location Portland, OR", "LinkedIn linkedin.com/in/x".</summary>
    [GeneratedRegex(@"^(linkedin|github|gitlab|twitter|email|e-mail|phone|location|address|website|portfolio)\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex SpacedLabelPrefix();

    [GeneratedRegex(@"^@?[A-Za-z0-9][A-Za-z0-9_.\-]{1,60}$")]
    private static partial Regex Handle();

    [GeneratedRegex(@"^@?([A-Za-z0-9][A-Za-z0-9_.\-]{1,60})\s*\(\s*([A-Za-z ]{1,20})\s*\)$")]
    private static partial Regex HandleWithNetwork();

    /// <summary>A full stop after a word of four letters or more, then a capitalised name.</summary>
    [GeneratedRegex(@"(?<=\p{L}{4})\.\s+(?=\p{Lu})")]
    private static partial Regex StoppedParts();

    [GeneratedRegex(@"^\d+[A-Za-z]?\s+\p{L}")]
    private static partial Regex StreetAddress();

    /// <summary>A street named as German-speaking countries name them, the house number after it ("Lindenstr. 12",
    /// "Am Mühlenweg 4a", "Oststr.65").</summary>
    [GeneratedRegex(@"^(?:\p{L}[\p{L}.\-]*\s+){0,3}\p{L}[\p{L}\-]*(?:str\.?|straße|strasse|weg|gasse|allee|platz|ring|damm|ufer|chaussee|pfad|stieg|steig|graben)\s*\d{1,4}\s?[a-zA-Z]?$", RegexOptions.IgnoreCase)]
    private static partial Regex StreetWithNumber();

    /// <summary>"Born 1988 in Saint-Petersburg, Russia", "Senior developer located in the Netherlands": a place told in a
    /// phrase rather than set as an address.</summary>
    [GeneratedRegex(@"^(?:.{0,60}?\s)?(?:born(?:\s+(?:in\s+)?\d{4})?\s+in|located\s+in|based\s+in|living\s+in|lives\s+in|residing\s+in|resident\s+(?:of|in))\s+(?:the\s+)?(?<place>\p{Lu}.{1,60})$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceInSentence();

    /// <summary>"name@gmail. com": a space a justified line or a typo put before an address's top-level domain.</summary>
    [GeneratedRegex(@"(@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.)\s(com|net|org|edu|gov|io|co|me|in|uk|de|fr|ca|au)\b")]
    private static partial Regex SpacedDomain();

    /// <summary>The words American addresses end a street's name on ("Main St", "Ocean Avenue").</summary>
    private const string StreetWords = "St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Ter|Terrace|Hwy|Highway|Pkwy|Parkway|Cir|Circle";

    [GeneratedRegex(@"^(?<street>\d+[A-Za-z]?\s+\p{L}[^,]*?\s(?:" + StreetWords + @")\.?)\s+(?<town>\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+){0,2})$")]
    private static partial Regex StreetThenTown();

    /// <summary>"37 Dolphin Crescent", "12 High Street": a house number and its street alone, as British and American
    /// addresses write them on the line above the town, name no town.</summary>
    [GeneratedRegex(@"^\d+[A-Za-z]?\s+\p{L}[^,]*?\s(?:" + StreetWords + @"|Crescent|Cres|Close|Grove|Gardens|Mews|Row|Square|Walk)\.?$")]
    private static partial Regex NumberedStreet();

    [GeneratedRegex(@"\s*\((?:mobile|cell|home|work|office|phone|tel|whatsapp)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneKind();

    /// <summary>"St. Paul, MN (Willing to relocate globally)": a remark in brackets after the place, in words, not a
    /// region's code ("Barrie (ON)").</summary>
    [GeneratedRegex(@"\s*\((?=[^()]*\p{Ll})[^()]*\s[^()]*\)$")]
    private static partial Regex PlaceRemark();

    [GeneratedRegex(@"^[A-Z]{2}\s+\d{5}(?:-\d{4})?$")]
    private static partial Regex RegionAndZip();

    [GeneratedRegex(@"^(\p{Lu}[\p{L}'’.\- ]+?)\s*\((\p{Lu}{2,3})\)$")]
    private static partial Regex BracketedRegion();

    [GeneratedRegex(@"^(.*\S)\s*\(([^()]{2,40})\)$")]
    private static partial Regex TrailingBracket();

    [GeneratedRegex(@"^\d{5}(?:-\d{4})?$")]
    private static partial Regex ZipCode();

    [GeneratedRegex(@"^\d{5}-\d{3}$")]
    private static partial Regex FiveThreePostcode();

    [GeneratedRegex(@"\p{L}\s+\d{5}-\d{3}$")]
    private static partial Regex CepAtEnd();

    /// <summary>A street named by the word for its kind first: "Rua", "Avenida", "Calle", "Via", "Rue".</summary>
    [GeneratedRegex(@"^(?:Rua|R\.|Avenida|Av\.|Avda\.?|Estrada|Travessa|Alameda|Rodovia|Praça|Largo|Calle|C/|Carrera|Carrer|Camino|Paseo|Plaza|Pasaje|Via|Viale|Corso|Piazza|Vicolo|Strada|Rue|Chemin|Boulevard|Bd)\s+\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex NamedStreet();

    /// <summary>"1850", "12B", "nº 45", "s/n": a house number standing alone.</summary>
    [GeneratedRegex(@"^(?:(?:n[º°o]\.?|no\.)\s*)?\d{1,5}[A-Za-z]?$|^s/n$", RegexOptions.IgnoreCase)]
    private static partial Regex HouseNumber();

    [GeneratedRegex(@"\b[A-Z]{2},?\s+$")]
    private static partial Regex StateBefore();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._%+\-]{2,63}$")]
    private static partial Regex LocalPart();

    [GeneratedRegex(@"^([^:\-–]{2,40}?)\s*[:\-–]\s*\S")]
    private static partial Regex LabelBeforeValue();
}
