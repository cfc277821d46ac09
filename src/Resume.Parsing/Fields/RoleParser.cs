using System.Text.RegularExpressions;

namespace Resume.Parsing.Fields;

/// <summary>
/// Tells position, organisation and place apart in an entry's header pieces, in whatever order the resume writes them:
/// "Title at Company", "Company — Title", "Title | Company | Place", "Title, Company, Place", or one per line.
/// </summary>
internal static partial class RoleParser
{
    /// <param name="titleFirst">How the section's other entries that read plainly order title and employer: used when
    /// this entry's two pieces read no more as a title one way than the other ("Butcher • Perry Follows Butchers").</param>
    public static RoleSplit Parse(IReadOnlyList<string> headerParts, bool? titleFirst = null)
    {
        if (headerParts.Count > 1 && headerParts.Select(LabelledTitle.Of).Skip(1).FirstOrDefault(t => t is not null) is { } labelled)
        {
            return WithLabelledTitle(headerParts, labelled, titleFirst);
        }
        return WithEmployerEnding(Read(headerParts, titleFirst));
    }

    /// <summary>"2017-2019 – Emitech Sistemas LTDA – Barra Mansa RJ" over "Cargo: Programador de Computador.": a form's
    /// line labelled with the post held is the title; the other lines name the employer, and a piece of them read as a
    /// title without a title's words is where the job was.</summary>
    private static RoleSplit WithLabelledTitle(IReadOnlyList<string> headerParts, string labelled, bool? titleFirst)
    {
        var rest = headerParts.Where(p => LabelledTitle.Of(p) is null).ToList();
        var read = WithEmployerEnding(Read(rest, titleFirst));
        var title = WithoutClosingStop(labelled);
        if (read.Organisation is null)
        {
            return new RoleSplit(title, read.Position, read.Location);
        }
        var place = read.Location ?? (read.Position is { } other && RoleWords.TitleScore(other) <= 0 ? other : null);
        return new RoleSplit(title, read.Organisation, place);
    }

    /// <summary>"Nordwerk AG in Tübingen", "Hallberg Räumtechnik GmbH im Versuchsbereich": a sentence-like header runs on
    /// past the employer's name, with the town it is in or the part of it the job was in. A known place after "in" is
    /// where the job was; words a preposition opens after the company's legal form, which closes its name, are not the
    /// name.</summary>
    private static RoleSplit WithEmployerEnding(RoleSplit role)
    {
        if (role.Organisation is not { } named)
        {
            return role;
        }
        var employer = WithoutLeadingPreposition(named);
        role = role with { Organisation = employer };
        if (TownAfterIn().Match(employer) is { Success: true } inTown && Places.Score(inTown.Groups[2].Value) > 0
            && RoleWords.TitleScore(inTown.Groups[1].Value) <= 0)
        {
            return role with { Organisation = inTown.Groups[1].Value, Location = role.Location ?? inTown.Groups[2].Value };
        }
        // "Harrow Logistics (a regional carrier of chilled goods)": a phrase in brackets after the name that runs on in
        // lower-case words (most of them) describes the employer; a name, its initials, its owner or its town in brackets
        // is written capitalised.
        if (DescriptionInBrackets().Match(employer) is { Success: true } described && described.Index > 0
            && described.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 4 } said
            && said.Count(w => char.IsLower(w[0])) * 2 > said.Length)
        {
            return role with { Organisation = employer[..described.Index].Trim() };
        }
        var words = employer.Split(' ');
        for (var k = 1; k + 1 < words.Length; k++)
        {
            if (Places.IsLegalForm(words[k].TrimEnd(',')) && words[k].Length > 1 && Prepositions.Contains(words[k + 1]))
            {
                return role with { Organisation = string.Join(' ', words[..(k + 1)]).TrimEnd(',') };
            }
        }
        return role;
    }

    /// <summary>"Web Project Manager dal 2010 al 2013 in Domino S.r.l.", "Vendeur chez Decathlon": where the dates stand
    /// between title and employer, the word that joined them opens the employer's piece; written in lower case, it is no
    /// part of a name.</summary>
    private static string WithoutLeadingPreposition(string employer)
    {
        var space = employer.IndexOf(' ');
        if (space <= 0 || space + 1 >= employer.Length || !char.IsUpper(employer[space + 1]))
        {
            return employer;
        }
        return LeadingPrepositions.Contains(employer[..space]) ? employer[(space + 1)..].Trim() : employer;
    }

    /// <summary>Lower-case words that join a title to the employer it was held at, in the languages resumes are written in.</summary>
    private static readonly HashSet<string> LeadingPrepositions = new(StringComparer.Ordinal)
    {
        "at", "in", "bei", "chez", "en", "em", "na", "no", "presso", "à", "für", "for", "con", "with", "bij",
    };

    /// <summary>Lower-case words that open a phrase saying where, within what or for whom.</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "im", "am", "an", "bei", "für", "for", "within", "en", "dans", "au", "pour", "à", "nel", "nella", "presso", "bij", "voor",
    };

    /// <summary>"… in Innsbruck", "… in Bad Tölz": a name closed by "in" and one or two capitalised words.</summary>
    [GeneratedRegex(@"^(\S.*?)\s+in\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)$")]
    private static partial Regex TownAfterIn();

    private static RoleSplit Read(IReadOnlyList<string> headerParts, bool? titleFirst)
    {
        // "Services offered on freelance missions:" over the list: a sentence that ends on a colon leads into the items
        // below; it names neither the title nor the employer.
        if (headerParts.Count > 1 && headerParts.Any(IsLeadIn))
        {
            headerParts = headerParts.Where(p => !IsLeadIn(p)).ToList();
        }
        var parts = new List<string>();
        string? location = null;
        string? leaderOrganisation = null;
        foreach (var whole in headerParts)
        {
            var raw = SupervisorNotes.Without(TypedDash().Replace(whole, m => m.Groups[1].Length == 3 ? " — " : " – "));
            // "Salsify -------------- Boston MA": a run of dashes fills the room between who and where, as a tab leader
            // would; what stands before it is the employer, what follows it the place.
            if (leaderOrganisation is null && Leader().Match(raw) is { Success: true } leader && leader.Index > 0)
            {
                var before = raw[..leader.Index].Trim();
                var after = raw[(leader.Index + leader.Length)..].Trim();
                if (before.Length > 0 && !Leader().IsMatch(after))
                {
                    leaderOrganisation = WithoutClosingStop(before);
                    if (after.Length > 0)
                    {
                        location ??= after;
                    }
                    continue;
                }
            }
            foreach (var piece in DashedTitleBesideEmployer(raw, headerParts) ? [raw.Trim()] : SplitPiece(raw))
            {
                var text = WithoutClosingStop(piece);
                var paren = TrailingParen().Match(text);
                if (paren.Success && (HoursNote().IsMatch(paren.Groups[1].Value.Trim()) || LengthNote().IsMatch(paren.Groups[1].Value.Trim())))
                {
                    text = text[..paren.Index].Trim(); // "Phoenix Children's Hospital (90 hours)", "Aldi Süd (3 Wochen)"
                }
                else if (paren.Success && (Places.Score(paren.Groups[1].Value) > 0 || Places.IsRemote(paren.Groups[1].Value)))
                {
                    location ??= paren.Groups[1].Value.Trim();
                    text = text[..paren.Index].Trim();
                }
                else if (paren.Success && RoleWords.IsSelfEmployment(paren.Groups[1].Value) && RoleWords.TitleScore(text[..paren.Index]) > 0.3)
                {
                    // "Développeur Full Stack (Freelance)": who the work was for, said of a title, is the employer.
                    parts.Add(text[..paren.Index].Trim());
                    text = paren.Groups[1].Value.Trim();
                }
                // "Program Analyst, GS-0343-12": a pay plan's series and grade closing a title says how it is paid, not
                // what it is.
                text = WithoutPayGrade(text);
                // "120 clinical hours", "20 hrs/week": how long the placement was, neither a title nor an employer.
                if (text.Length == 0 || text.StartsWith("http", StringComparison.OrdinalIgnoreCase) || LooksLikeUrl(text) || HoursNote().IsMatch(text))
                {
                    continue;
                }
                // "Baker • baker • Ashgrove Bakery": a piece said twice in a row is one piece.
                if (parts.Count == 0 || !parts[^1].Equals(text, StringComparison.OrdinalIgnoreCase))
                {
                    parts.Add(text);
                }
            }
        }
        if (leaderOrganisation is not null)
        {
            var title = parts.Where(p => RoleWords.TitleScore(p) > 0.3).OrderByDescending(RoleWords.TitleScore).FirstOrDefault();
            return new RoleSplit(title, leaderOrganisation, location);
        }
        if (parts.Count >= 2 && UniversityBelowUnits(parts) is { } appointed)
        {
            return appointed with { Location = location };
        }
        // A piece that is a place (and not the only thing said) is the location.
        if (parts.Count >= 2)
        {
            string[]? unknownTownAndCountry = null;
            for (var k = parts.Count - 1; k >= 1; k--)
            {
                if (Places.SplitTownAfterName(parts[k]) is { } glued)
                {
                    location ??= glued.Place;
                    parts[k] = glued.Head;
                }
                else if (TownBeforeRegion(parts[k].Split(", ", StringSplitOptions.TrimEntries)) is true && parts[k].Split(", ", StringSplitOptions.TrimEntries) is var pieces)
                {
                    unknownTownAndCountry = location is null && pieces.Length == 2 && !Places.Cities.Contains(pieces[0]) ? pieces : null;
                    location ??= parts[k];
                    parts.RemoveAt(k);
                }
                else if (Places.SplitTrailingPlace(parts[k]) is { } split)
                {
                    location ??= split.Place;
                    parts[k] = split.Head;
                }
                else if (TrailingTownAndRegion(parts[k]) is { } trailing)
                {
                    location ??= trailing.Place;
                    parts[k] = trailing.Head;
                }
                else if (Places.IsRemote(parts[k]) || Places.Score(parts[k]) >= 2 && RoleWords.TitleScore(parts[k]) < 0.5)
                {
                    location ??= parts[k];
                    parts.RemoveAt(k);
                }
            }
            // "Siemens, Germany" under "Field Engineer": a name the town list does not know before a country, where the
            // entry names no employer otherwise, is the employer and its country, not a town (the employer's line
            // "Employer, Country" is more common than a job line giving a town and no employer). A city that is a region
            // of its own ("Nordsee Wetterinstitut, Hamburg") closes the employer's line the same way.
            if (unknownTownAndCountry is { } employerAndCountry && parts.Count == 1 && RoleWords.TitleScore(parts[0].Replace('-', ' ')) > 0
                && RoleWords.TitleScore(employerAndCountry[0]) <= 0
                && (Places.IsCountry(employerAndCountry[1]) || Places.Cities.Contains(employerAndCountry[1]))
                && !parts[0].Contains(',', StringComparison.Ordinal))
            {
                parts.Add(employerAndCountry[0]);
                location = employerAndCountry[1];
            }
            // "Istituto Tecnico Marconi Sud | 10/2017 – 06/2019" over "Docente supplente | Modena": of three pieces, a last one
            // that can only be a town the lists do not know (one capitalised word, no title, no organisation) is where.
            if (location is null && parts.Count >= 3 && IsUnknownTown(parts[^1]) && !parts[^1].Contains(' ') && !parts[..^1].Any(IsUnknownTown))
            {
                location = parts[^1];
                parts.RemoveAt(parts.Count - 1);
            }
            // "Hopewell Community, Loch Harbor, NY" over its title: the first piece may close with the place too; only
            // its tail is taken, so the employer stays.
            if (location is null && parts.Count >= 2 && parts[0].Contains(", ", StringComparison.Ordinal))
            {
                if (Places.SplitTrailingPlace(parts[0]) is { Head.Length: > 0 } split)
                {
                    (location, parts[0]) = (split.Place, split.Head);
                }
                else if (TrailingTownAndRegion(parts[0]) is { } trailing)
                {
                    (location, parts[0]) = (trailing.Place, trailing.Head);
                }
            }
        }
        if (parts.Count == 0)
        {
            return new RoleSplit(null, null, location);
        }
        if (parts.Count == 1)
        {
            // "Kitchen Helper,Capital Pizza": a comma typed without its space still separates.
            var line = TightComma().Replace(parts[0], ", ");
            var commaParts = line.Split(", ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            // "Harbour Boutique, Belair Road, Baltimore, Maryland": a street and what follows it are where, the rest who.
            var street = Array.FindIndex(commaParts, 1, p => StreetPart().IsMatch(p));
            if (street >= 1 && street < commaParts.Length - 1)
            {
                location ??= string.Join(", ", commaParts[street..]);
                commaParts = commaParts[..street];
            }
            // "Team Lead, Uptown Espresso Seattle, WA": a known town glued to the employer's name, its region after a
            // comma, closes the line as it closes a piece of its own.
            if (street < 1 && location is null && commaParts.Length >= 3
                && Places.SplitTownAfterName(string.Join(", ", commaParts[^2..])) is { } glued && RoleWords.TitleScore(glued.Head) <= 0.3)
            {
                location = glued.Place;
                commaParts = [.. commaParts[..^2], glued.Head];
            }
            // "Aspen Trailer Works, Edmonton, AB": a town and its region close the line; what stands before is who.
            else if (street < 1 && TrailingTownAndRegion(line) is { } placed && TownBeforeRegion(placed.Place.Split(", ")))
            {
                location ??= placed.Place;
                commaParts = placed.Head.Split(", ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            }
            // "HALVORSEN INDUSTRIES, Singapore", "Staff Nurse, Denver": a place the lists know closing the line is where
            // the job was, neither the title nor the employer.
            // Only the last part, and only a place known by itself: "Alder, Nairobi" may be an employer in its town.
            else if (street < 1 && location is null && commaParts.Length >= 2 && Places.SplitTrailingPlace(line) is { Head.Length: > 0 } trailing
                && !trailing.Place.Contains(',', StringComparison.Ordinal))
            {
                location = trailing.Place;
                commaParts = commaParts[..^1];
            }
            // "Data Scientist, Quill, Search Team": a team or department named after the employer is a unit within it.
            if (commaParts.Length >= 3 && commaParts.Skip(2).Where(IsUnit).ToList() is { Count: > 0 } units)
            {
                commaParts = [.. commaParts.Except(units)];
            }
            if (UniversityAfterUnits(commaParts) is { } appointment)
            {
                return appointment with { Location = location };
            }
            if (commaParts.Length == 1)
            {
                var named = commaParts[0];
                return RoleWords.TitleScore(named) > 0.3 ? new RoleSplit(named, null, location) : new RoleSplit(null, named, location);
            }
            if (commaParts.Length >= 2)
            {
                var best = BestCommaSplit(commaParts);
                return best with { Location = best.Location ?? location };
            }
            var only = parts[0];
            return RoleWords.TitleScore(only) > 0.3 ? new RoleSplit(only, null, location) : new RoleSplit(null, only, location);
        }
        if (TitlesBeforeEmployer(parts) is { } titles)
        {
            return titles with { Location = location };
        }
        // "Kassiererin bei Grillhaus Emsland": the preposition itself says the title stands before it and the employer
        // after, whichever order the section's other entries keep.
        if (parts.Count == 2 && headerParts.Count == 1 && SplitPiece(headerParts[0]).Count() == 2
            && AtIn(headerParts[0]) is { Success: true, Index: > 0 } at
            && headerParts[0][..at.Index].Trim().Equals(parts[0], StringComparison.Ordinal))
        {
            return new RoleSplit(parts[0], parts[1], location);
        }
        // "Werkstudent Datenerfassung" over "bei Tegut GmbH": a piece opening with the word for "at" is the employer and
        // the piece before it the title, its line wrapped before the word.
        if (parts.Count >= 2 && parts.Skip(1).Count(p => LeadingAt().IsMatch(p)) == 1 && !LeadingAt().IsMatch(parts[0]))
        {
            var employerAt = parts.FindIndex(1, p => LeadingAt().IsMatch(p));
            location ??= parts.Where((p, k) => k != employerAt && k != employerAt - 1 && Places.Score(p) > 0).FirstOrDefault();
            return new RoleSplit(parts[employerAt - 1], LeadingAt().Replace(parts[employerAt], ""), location);
        }
        // Two or more pieces: the most title-like is the position, the first of the others the organisation.
        var titleIndex = 0;
        var bestScore = double.MinValue;
        for (var k = 0; k < Math.Min(parts.Count, 3); k++)
        {
            var score = RoleWords.TitleScore(parts[k]) - k * 0.05;
            if (score > bestScore)
            {
                bestScore = score;
                titleIndex = k;
            }
        }
        // A piece closed by a company's legal form ("… TnT GmbH") beside one that is not stays the employer.
        if (titleFirst is { } first && parts.Count == 2 && !parts.Any(p => p.Contains(',')) && Math.Abs(RoleWords.TitleScore(parts[0]) - RoleWords.TitleScore(parts[1])) < Undecided
            && !(NamesLegalForm(parts[first ? 0 : 1]) && !NamesLegalForm(parts[first ? 1 : 0])))
        {
            titleIndex = first ? 0 : 1;
        }
        // "Rettungssanitäter – DRK Rettungsdienst gGmbH": of two pieces, the one closed by a company's legal form is the
        // employer however title-like its words, when the other names none. (A piece holding a comma holds more than
        // one field: "Arbor Payments LLC, Senior QA Engineer".)
        if (parts.Count == 2 && !parts.Any(p => p.Contains(',')) && NamesLegalForm(parts[titleIndex]) && !NamesLegalForm(parts[1 - titleIndex]))
        {
            titleIndex = 1 - titleIndex;
        }
        string? organisation = null;
        for (var k = 0; k < parts.Count; k++)
        {
            if (k != titleIndex)
            {
                organisation = parts[k];
                break;
            }
        }
        if (location is null)
        {
            for (var k = 0; k < parts.Count; k++)
            {
                if (k != titleIndex && parts[k] != organisation && Places.Score(parts[k]) > 0)
                {
                    location = parts[k];
                    break;
                }
            }
        }
        return new RoleSplit(parts[titleIndex], organisation, location);
    }

    /// <summary>"Research Fellow, Okafor Lab, Department of Botany, University of Northam", "Teaching Assistant, Psychology,
    /// Eastfield University", "Research Technician, Paula R. Jensen, Westbrook University": an academic appointment names
    /// the title first and the university that employs it last, with the lab, department or supervisor between; the
    /// university is the employer and those between are no part of the title. Only when exactly one of the pieces after
    /// the title names a university, so a line naming two leaves the choice to the other readings.</summary>
    private static RoleSplit? UniversityAfterUnits(string[] parts)
    {
        if (parts.Length < 3 || RoleWords.TitleScore(parts[0]) <= 0.3 || University().IsMatch(parts[0]))
        {
            return null;
        }
        var universities = parts.Skip(1).Where(p => University().IsMatch(p)).ToList();
        return universities.Count == 1 ? new RoleSplit(parts[0], universities[0], null) : null;
    }

    /// <summary>"Graduate Researcher" over "Okafor Lab" over "Dept. of Botany, University of Northam": an appointment set on
    /// lines of its own names the university last, below the lab, programme or department the post was in; the
    /// university is the employer. Only units of a university stand between, so a club or a company named on its own line
    /// stays the employer.</summary>
    private static RoleSplit? UniversityBelowUnits(List<string> parts)
    {
        var pieces = parts.SelectMany(p => p.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();
        if (pieces.Length < 3 || RoleWords.TitleScore(pieces[0]) <= 0.3 || University().IsMatch(pieces[0]))
        {
            return null;
        }
        var at = Array.FindIndex(pieces, 1, p => University().IsMatch(p));
        return at > 1 && pieces.Skip(at + 1).All(p => !University().IsMatch(p)) && pieces[1..at].All(p => AcademicUnit().IsMatch(p))
            ? new RoleSplit(pieces[0], pieces[at], null)
            : null;
    }

    /// <summary>"Okafor Lab", "Dept. of Botany", "Program in Biomedical Sciences", "Centre for Vision": a part of a
    /// university, by the word that opens or closes its name.</summary>
    [GeneratedRegex(@"^(?:Dept\.?|Department|Division|Faculty|School|Program|Programme|Centre|Center|Laboratory|Lab)\b|\b(?:Lab|Laboratory|Department|Dept\.?|Program|Programme|Centre|Center|Division)$")]
    private static partial Regex AcademicUnit();

    /// <summary>A university by the word its name holds, in the languages the parser reads.</summary>
    [GeneratedRegex(@"\b(?:University|Universit(?:y|ät|at|é|à|ad|ade|eit|et)|Hochschule|Polytechnic|College)\b", RegexOptions.IgnoreCase)]
    private static partial Regex University();

    /// <summary>"Postdoctoral researcher (Sponsor: Ana Ruiz)", "Postdoctoral Fellow, Advisor: J. Obi": who supervised an
    /// academic post is said of the post and is no part of its title.</summary>
    public static string WithoutSupervisor(string title) => SupervisorNotes.Without(title);

    /// <summary>"RecSys Team", "Cardiology Department (Ward 4)": a phrase closed by a word for a part of an organisation.
    /// "Department of Health" opens with it and is an organisation of its own.</summary>
    private static bool IsUnit(string piece)
    {
        var words = TrailingParen().Replace(piece, "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && UnitWords.Contains(words[^1].TrimEnd('.'));
    }

    private static readonly HashSet<string> UnitWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "team", "department", "dept", "division", "squad", "unit", "abteilung", "équipe", "equipo", "equipe", "departamento",
    };

    /// <summary>"Fedx und TnT GmbH", "Halcyon Ltd.": a word of the piece is a company's legal form.</summary>
    public static bool NamesLegalForm(string piece) =>
        piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Length > 1 && Places.IsLegalForm(w.TrimEnd(',')));

    /// <summary>"Kassierer bei Grillhaus Emsland", "Engineer at Brightline": a preposition joins a title to the employer
    /// after it.</summary>
    public static bool JoinsTitleToEmployer(string header) => AtIn(header) is { Success: true, Index: > 0 };

    /// <summary>How far apart two pieces' title scores must be for the pieces alone to say which is the title.</summary>
    public const double Undecided = 1.0;

    /// <summary>"Shop Assistant • Duty Manager • Hollin Foods": two titles side by side, and a piece beside them that reads
    /// as no title, are the posts held at one employer, not a title and its employer.</summary>
    private static RoleSplit? TitlesBeforeEmployer(List<string> parts)
    {
        if (parts.Count < 3)
        {
            return null;
        }
        for (var k = 0; k + 1 < parts.Count; k++)
        {
            var (first, second) = (parts[k], parts[k + 1]);
            if (!IsShortTitle(first) || !IsShortTitle(second))
            {
                continue;
            }
            var other = Enumerable.Range(0, parts.Count).Where(j => j != k && j != k + 1).ToList();
            if (other.Count == 1 && RoleWords.TitleScore(parts[other[0]]) < 0 && Places.Score(parts[other[0]]) == 0)
            {
                // A title wrapped after its own slash ("Architect / Project Lead /" + "DevOps") needs no second one.
                var joined = first.EndsWith('/') ? first + " " + second : first + " / " + second;
                return new RoleSplit(joined, parts[other[0]], null);
            }
        }
        return null;
    }

    /// <summary>A phrase that reads as a job title and is too short to be a line describing the job.</summary>
    private static bool IsShortTitle(string piece) =>
        RoleWords.TitleScore(piece) > 0.5 && piece.Count(c => c == ' ') < 6 && !piece.Contains(". ", StringComparison.Ordinal);

    /// <summary>"Engineer, Halcyon, Munich, Bavaria.": the full stop some templates close an entry line with is not part
    /// of its last word, unless that word is an abbreviation ("Inc.", "S.L.").</summary>
    public static string WithoutClosingStop(string text)
    {
        if (text.Length >= 4 && text.EndsWith("..", StringComparison.Ordinal) && !text.EndsWith("...", StringComparison.Ordinal))
        {
            return text[..^1];
        }
        if (text.Length < 4 || text[^1] != '.' || !char.IsLetter(text[^2]))
        {
            return text;
        }
        var last = text[(text.LastIndexOfAny([' ', ',']) + 1)..^1];
        // A code closing the line ("…, São Paulo, SP.") is no abbreviation; "B.V.." is an abbreviation and the stop.
        return Places.IsRegionCode(last) || last.Length >= 3 && !last.Contains('.') && !Places.IsLegalForm(last) && !last.All(char.IsUpper) ? text[..^1] : text;
    }

    /// <summary>"Title, Company, Place" with commas inside any of them: the reading that scores best.</summary>
    private static RoleSplit BestCommaSplit(string[] p)
    {
        RoleSplit best = new(p[0], p[1], null);
        var bestScore = double.MinValue;
        var n = p.Length;
        for (var i = 1; i < n; i++)
        {
            for (var j = i + 1; j <= n; j++)
            {
                var first = string.Join(", ", p[..i]);
                var second = string.Join(", ", p[i..j]);
                var rest = p[j..];
                var placeScore = rest.Length == 0 ? 0.5 : rest.Length == 1 && IsUnknownTown(rest[0]) ? 0.6
                    : TownBeforeRegion(rest) || rest.Length >= 2 && Places.Score(rest[0]) >= 2 && Places.IsPlace(rest) ? rest.Length
                    // A town and a region the lists do not know closing the line ("…, Bluefin, Leipzig, Saxony").
                    : rest.Length == 2 && IsUnknownTown(rest[0]) && IsUnknownTown(rest[1]) && !rest[1].Contains(' ') ? 1
                    : rest.Sum(r => Places.Score(r) > 0 || Places.IsRemote(r) ? 1.0 : -2.0);
                var location = rest.Length == 0 ? null : string.Join(", ", rest);
                var firstTitle = RoleWords.TitleScore(first);
                var secondTitle = RoleWords.TitleScore(second);
                // "Praktikum als Betonbauer, Krollmann Hochbau mbH, Dinkelsbrück": a piece closed by a company's legal form
                // names the employer, so no reading takes it into the title while the employer it gives names none.
                var (firstLegal, secondLegal) = (p[..i].Any(NamesLegalForm), p[i..j].Any(NamesLegalForm));
                var titleFirst = firstTitle - secondTitle + placeScore - (j - i - 1) * 0.8;
                // "Docente supplente, Istituto Tecnico Marconi Sud, Modena": a title runs on past a comma into no name of an
                // institution (its own first piece may name one: "Bank Teller", "School Nurse").
                if (titleFirst > bestScore && !(firstLegal && !secondLegal) && !p[1..i].Any(RoleWords.NamesInstitution))
                {
                    bestScore = titleFirst;
                    best = new RoleSplit(first, second, location);
                }
                var companyFirst = secondTitle - firstTitle + placeScore - (i - 1) * 0.8;
                if (companyFirst > bestScore && !(secondLegal && !firstLegal) && !p[(i + 1)..j].Any(RoleWords.NamesInstitution))
                {
                    bestScore = companyFirst;
                    best = new RoleSplit(second, first, location);
                }
            }
        }
        return best;
    }

    /// <summary>"…, Tartu, Estonia", "…, Cork, Ireland": a town the place list does not know is a place when a known
    /// region or country follows it, as in an address; without this the town reads as a second part of the employer.</summary>
    private static bool TownBeforeRegion(string[] rest) =>
        rest.Length >= 2 && (IsUnknownTown(rest[0]) || Places.Cities.Contains(rest[0]))
        && (rest[1..].All(Places.IsRegionOrCountry) || rest.Length == 2 && rest[1].TrimEnd('.') is var code
            // A state's code that is also a legal form ("Denver, CO.", "Adelaide, SA") is the state after a town.
            && (Places.IsRegionCode(code) || code.All(char.IsAsciiLetterUpper) && Places.Regions.Contains(code)));

    /// <summary>"Heron, São Paulo, SP", "Yarrow Biotech, Tromsø, Troms": an employer's line closed by a town and its
    /// region, which the lists may not know (a state's code, a county's name). The last two comma parts are the place
    /// when each is a name (or the region a code) and what precedes them names no place; the employer keeps the rest,
    /// however short ("Heron").</summary>
    internal static (string Head, string Place)? TrailingTownAndRegion(string piece)
    {
        var c = piece.Split(", ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (c.Length < 3 || c[..^2].Any(p => Places.Score(p) > 0 || Places.IsLegalForm(p)))
        {
            return null;
        }
        var (town, region) = (c[^2], c[^1]);
        var placed = TownBeforeRegion([town, region])
            || IsUnknownTown(town) && IsUnknownTown(region) && !region.Contains(' ');
        return placed ? (string.Join(", ", c[..^2]), town + ", " + region) : null;
    }

    /// <summary>A lone trailing part that may be a town the place list does not know ("…, Kelp, Cork"): one or two
    /// capitalised words that are neither a title, a legal form nor an organisation's name ("Brightwater Capital").</summary>
    private static bool IsUnknownTown(string part) =>
        Places.Score(part) == 0 && ContactParser.IsBareCityName(part) && part.Count(c => c == ' ') <= 1
        && !Places.IsLegalForm(part) && RoleWords.TitleScore(part) <= 0 && !RoleWords.NamesOrganisation(part);

    private static IEnumerable<string> SplitPiece(string text)
    {
        foreach (var a in ColonPieces(text).SelectMany(OutsideParentheses))
        {
            var t = a.Trim();
            if (t.Length == 0)
            {
                continue;
            }
            var at = AtIn(t);
            if (at.Success && at.Index > 0)
            {
                yield return t[..at.Index].Trim();
                yield return t[(at.Index + at.Length)..].Trim();
            }
            else
            {
                yield return t;
            }
        }
    }

    /// <summary>"Office Assistant – Market Research" over "Office Team, New York, NY", "Front of House - Bar Staff" beside
    /// "The Crown": where another of the entry's header pieces can name the employer, a line of two halves joined by one
    /// dash is a title and its qualifier, not a title and its employer.</summary>
    private static bool DashedTitleBesideEmployer(string raw, IReadOnlyList<string> headerParts)
    {
        var separators = Separators().Matches(raw);
        if (headerParts.Count < 2 || separators.Count != 1 || separators[0].Value.Trim() is not ("-" or "–" or "—")
            || AtIn(raw).Success || raw.Contains(':'))
        {
            return false;
        }
        var (left, right) = (raw[..separators[0].Index].Trim(), raw[(separators[0].Index + separators[0].Length)..].Trim());
        // "Frontend Developer — Marigold Software plc": a half closed by a legal form is the employer itself.
        if (left.Length == 0 || right.Length == 0 || IsPlaceLike(left) || IsPlaceLike(right) || !left.Any(char.IsLetter) || !right.Any(char.IsLetter)
            || NamesLegalForm(left) || NamesLegalForm(right)
            // "Flutter Developer – Self-employed": working for oneself is whom the title was held with.
            || RoleWords.IsSelfEmployment(left) || RoleWords.IsSelfEmployment(right)
            // "Ember & Vine — Line Cook Intern": a plain title after the dash and none before it is "Employer — Title".
            || RoleWords.TitleScore(right) - RoleWords.TitleScore(left) >= Undecided)
        {
            return false;
        }
        // Where the other lines are dashed too ("Blythe Academy - 100 Blythe Dr."), no line alone says which dash parts what.
        var others = headerParts.Where(other => other != raw).ToList();
        if (others.Any(other => Separators().Matches(other).Any(m => m.Value.Trim() is "-" or "–" or "—")))
        {
            return false;
        }
        // The dashed line must be the title of the two: "Diagnóstico Maipú — Laboratory Systems" under a title is the
        // employer and its unit, which the dash parts as before.
        var employers = others.SelectMany(SplitPiece).Select(WithoutTrailingPlace)
            .Where(p => p.Any(char.IsLetter) && !IsOnlyPlace(p) && CanNameEmployer(p) && !LooksLikeUrl(p) && !p.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                && !IsLengthOrHours(p)).ToList();
        return employers.Count > 0 && RoleWords.TitleScore(raw) > employers.Max(RoleWords.TitleScore);
    }

    /// <summary>"(2 ans)", "(18 mois)", "(20 hrs/week)" beside the dates: how long or how much the job ran, which names no
    /// employer, so it leaves a dashed line's employer half where it stands ("Ingénieur DevOps - EFFICITY").</summary>
    private static bool IsLengthOrHours(string piece)
    {
        var note = piece.Trim().TrimStart('(').TrimEnd(')').Trim();
        return LengthNote().IsMatch(note) || HoursNote().IsMatch(note);
    }

    private static bool IsLeadIn(string piece)
    {
        var text = piece.TrimEnd();
        if (!text.EndsWith(':'))
        {
            return false;
        }
        var words = text.TrimEnd(':').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 4 && words.Skip(1).Count(w => char.IsLower(w[0])) * 2 >= words.Length - 1;
    }

    private static string WithoutTrailingPlace(string piece) =>
        Places.SplitTrailingPlace(piece)?.Head ?? TrailingTownAndRegion(piece)?.Head ?? piece;

    /// <summary>"Tampere", "Nantes, Pays de la Loire" beside a dashed line are where, not who: a piece opening with a known
    /// place names an employer only when its words say it is one ("Office Team, A Staffing Company, New York").</summary>
    private static bool CanNameEmployer(string piece) =>
        Places.Score(piece.Split(',')[0].Trim()) == 0 || RoleWords.NamesOrganisation(piece) || NamesLegalForm(piece);

    /// <summary>A piece that is a place and nothing else, as the location pieces of a header are told apart above.</summary>
    private static bool IsOnlyPlace(string piece) =>
        Places.IsRemote(piece) || Places.Score(piece) >= 2 && RoleWords.TitleScore(piece) < 0.5
        || TownBeforeRegion(piece.Split(", ", StringSplitOptions.TrimEntries)) is true;

    private static bool IsPlaceLike(string piece) =>
        Places.Score(piece) > 0 || Places.IsRemote(piece) || TrailingTownAndRegion(piece) is { Head.Length: 0 }
        || TownBeforeRegion(piece.Split(", ", StringSplitOptions.TrimEntries)) is true;

    /// <summary>"Fairway Links Club : 10 Meadow Lane, Rye: Grounds Manager", "Golf course manager: Club name": a colon
    /// after a phrase of two or more words that labels no field separates the line's pieces as a dash does. A one-word
    /// lead ("Client: …", "From: …"), a field's label ("Employer: …") and addresses ("https://…") are left whole.</summary>
    private static IEnumerable<string> ColonPieces(string text)
    {
        var colon = text.IndexOf(':');
        if (colon < 0 || text.Contains("://", StringComparison.Ordinal))
        {
            return [text];
        }
        var lead = text[..colon].Trim();
        // "Copywriter: Mammut Sports Group AG": a one-word lead that is a title separates as a phrase does.
        if (lead.Count(c => c == ' ') < 1 && !(lead.Length > 3 && RoleWords.TitleScore(lead) > 0.3 && !SupervisorNotes.IsLabel(lead))
            || FieldLabels.Of(lead) != FieldLabels.Role.None || !ColonSeparator().IsMatch(text))
        {
            return [text];
        }
        return ColonSeparator().Split(text).Where(p => p.Trim().Length > 0);
    }

    /// <summary>Pieces between separators, a separator inside parentheses left alone: "Software Engineer (Go • React •
    /// Postgres)" is one title with the tools it used.</summary>
    private static IEnumerable<string> OutsideParentheses(string text)
    {
        var from = 0;
        // "Acme Metals, Rome, NY — Production Planner - Shipping Coordinator": where a line parts its pieces with a long
        // dash, a spaced hyphen-minus is the writer's own inside a piece (a title's two halves), not another separator.
        var longDash = text.Contains(" — ", StringComparison.Ordinal) || text.Contains(" – ", StringComparison.Ordinal);
        foreach (Match m in Separators().Matches(text))
        {
            if (m.Index < from || longDash && m.Value.Trim() == "-")
            {
                continue;
            }
            var before = text.AsSpan(0, m.Index);
            if (before.Count('(') > before.Count(')'))
            {
                continue;
            }
            yield return text[from..m.Index];
            from = m.Index + m.Length;
        }
        yield return text[from..];
    }

    private static bool LooksLikeUrl(string text) => !text.Contains(' ') && ContactParser.Url().IsMatch(text) && text.Contains('.')
        && (text.Contains('/') || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || text.EndsWith(".com", StringComparison.OrdinalIgnoreCase));

    // A dash spaced on one side only separates too: people type "Company —Title —" or "LLC -Driver" in Word, where a
    // dash inside a name has no space on either side ("Rolls-Royce") and one closing the line separates nothing.
    [GeneratedRegex(@"\s+(?:—|–|-|·|•|●|▪|\||@)\s+|\s*[|·•●▪]\s*|\s+[—–]|[—–]\s+|\s+-(?=\p{Lu})|\s+-$")]
    private static partial Regex Separators();

    [GeneratedRegex(@",\s*\p{Lu}{2}-\d{2,4}(?:-\d{1,2})?$")]
    private static partial Regex GradeCode();

    /// <summary>"Program Analyst, GS-0343-12", "Head Chef (Series: 0901, Grade: GS-12)": how a federal post is paid,
    /// closing its title, says nothing of what the post is.</summary>
    public static string WithoutPayGrade(string title)
    {
        if (GradeCode().Match(title) is { Success: true, Index: > 0 } grade)
        {
            return title[..grade.Index].Trim();
        }
        return PayGradeRemark().Match(title) is { Success: true, Index: > 0 } remark ? title[..remark.Index].Trim() : title;
    }

    [GeneratedRegex(@"\s*\([^()]*\b(?:Series|Grade)\b[^()]*\)\s*$")]
    private static partial Regex PayGradeRemark();

    /// <summary>"3 Wochen", "2 meses", "6 mois", "1 year": how long a placement lasted, in the languages resumes are written
    /// in; a note on the job, neither its title nor its employer.</summary>
    [GeneratedRegex(@"^\d{1,3}\s*(?:weeks?|months?|years?|wochen|woche|monate?|monaten|jahre?|jahren|semaines?|mois|ans?|semanas?|meses|mes|años?|anos?|settimane?|mesi|mese|anni|anno|weken|maanden|maand|jaar)$", RegexOptions.IgnoreCase)]
    private static partial Regex LengthNote();

    [GeneratedRegex(@"^\(?\d{1,4}\+?\s*(?:[\p{L}-]+\s+){0,2}(?:hours|hrs|h)\.?(?:\s*(?:/|per|a)\s*(?:week|wk|month))?\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HoursNote();

    /// <summary>Three or more dashes in a row, between words: a leader, never part of a name.</summary>
    [GeneratedRegex(@"\s*(?:-{3,}|[\u2012-\u2015]{2,})\s*")]
    private static partial Regex Leader();

    /// <summary>"Field reporter --- Harbour Works": two or three hyphens with one space either side are a dash typed the
    /// typewriter's and TeX's way (an en dash, an em dash), parting the line's pieces as the dash would; a leader runs
    /// longer.</summary>
    [GeneratedRegex(@"(?<=\S) (-{2,3}) (?=\S)")]
    private static partial Regex TypedDash();

    /// <summary>A street in an address: a house number before a name, or a name closed by a street word.</summary>
    [GeneratedRegex(@"^\d+[A-Za-z]?\s+\p{L}|^(?:[\p{L}'’.-]+\s+){1,3}(?:road|rd|street|avenue|ave|lane|ln|drive|boulevard|blvd|highway|hwy|parkway|pkwy)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex StreetPart();

    [GeneratedRegex(@"(?<=\p{Ll}),(?=\p{Lu}\p{Ll})")]
    private static partial Regex TightComma();

    [GeneratedRegex(@"(?<=\p{L}|\p{L}\.|\))\s*:\s+")]
    private static partial Regex ColonSeparator();

    /// <summary>"Title at Employer" and the same in German, French, Dutch and Italian ("Verkäufer bei Aldi",
    /// "Vendeuse chez Lumière", "Monteur bij Van Dijk", "Commessa presso Rossi"). German puts the article of the
    /// employer's noun after the preposition ("Praktikum bei der Nordwerk AG", "Tutor an der Hochschule Emden"): the
    /// article belongs to the sentence, not to the name, and "an der"/"an dem" joins a title to its employer as "bei" does.</summary>
    [GeneratedRegex(@"\s+(?:at|bei(?:\s+(?:der|dem|den))?|an\s+(?:der|dem)|chez|bij|presso)\s+")]
    private static partial Regex At();

    /// <summary>The same words set in capitals, as a line set all in capitals has them ("STAGE BIJ ESSERS").</summary>
    [GeneratedRegex(@"\s+(?:AT|BEI(?:\s+(?:DER|DEM|DEN))?|AN\s+(?:DER|DEM)|CHEZ|BIJ|PRESSO)\s+")]
    private static partial Regex CapitalAt();

    /// <summary>The word for "at" joining a title to its employer: in lower case, or in capitals where the whole piece is
    /// set in capitals (a mixed line's "AT" is a name's, "AT&amp;T Mobility").</summary>
    private static Match AtIn(string text)
    {
        var at = At().Match(text);
        at = at.Success || !text.Any(char.IsUpper) || text.Any(char.IsLower) ? at : CapitalAt().Match(text);
        return at.Success ? at : ForOrganisation(text) ?? at;
    }

    /// <summary>"Promoter for Kestrel Corporation", "Conseillère pour Valmont SARL", "Fahrer für Brandt GmbH": "for" joins a
    /// title to the employer it worked for when what follows names a company by its legal form or an institution by its
    /// noun; "Instructor for Chemistry", "Engineer for Cloud Security" name a field, not an employer.</summary>
    private static Match? ForOrganisation(string text)
    {
        foreach (Match m in For().Matches(text))
        {
            var (before, after) = (text[..m.Index].Trim(), text[(m.Index + m.Length)..].Trim());
            if (before.Any(char.IsLetter) && after.Length > 0 && char.IsUpper(after[0])
                && (NamesLegalForm(after) || RoleWords.NamesInstitution(after))
                && !NamesLegalForm(before) && !RoleWords.NamesOrganisation(before))
            {
                return m;
            }
        }
        return null;
    }

    [GeneratedRegex(@"\s+(?:for|pour|für|voor)\s+(?:the\s+)?")]
    private static partial Regex For();

    /// <summary>The word for "at" opening a piece of its own, a title's line wrapped before it ("BEI TEGUT GMBH").</summary>
    [GeneratedRegex(@"^(?:at|bei(?:\s+(?-i:der|dem|den|DER|DEM|DEN))?|an\s+(?-i:der|dem|DER|DEM)|chez|bij|presso)\s+(?=\p{L}|\d)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAt();

    [GeneratedRegex(@"\(([^()]{2,60})\)\s*$")]
    private static partial Regex TrailingParen();

    [GeneratedRegex(@"\s*\(([^()]{8,200})\)?\s*$")]
    private static partial Regex DescriptionInBrackets();
}
