using System.Text.RegularExpressions;

namespace Resume.Parsing.Fields;

/// <summary>
/// Entries listed under an education heading that are not schooling, told by their own words before they are cut into a
/// school and a field: a year of voluntary service ("Freiwilliges Soziales Jahr, Diakonie", "Volunteer, Food Bank") is
/// unpaid work, and a post held at a business named by its legal form ("Tessaline Ltd, Junior Developer") is a job. A
/// person labelling the page files them there; an entry that names a degree or a school stays education whatever else
/// it says.
/// </summary>
internal static partial class EducationParser
{
    private static Resume.Model.Volunteer? Service(Entry entry)
    {
        var pieces = HeaderPieces(entry.Parts);
        if (pieces.Count == 0 || pieces.Any(p => NamesDegree(p) || IsSchoolName(p)) || pieces.Count(IsService) != 1)
        {
            return null;
        }
        var said = pieces.First(IsService);
        // "Freiwilliges Soziales Jahr, Hamburg" / "Ev. Luth. Kirchengemeinde Kirchdorf": the town beside the service is
        // where it was done; the organisation is named by the other piece.
        var organisation = pieces.FirstOrDefault(p => p != said && !Places.IsRemote(p) && Places.Score(p) < 3
            && !Places.Cities.Contains(p) && !Places.IsRegionOrCountry(p) && !p.Contains("://", StringComparison.Ordinal));
        return new Resume.Model.Volunteer
        {
            Position = said,
            Organization = organisation,
            StartDate = entry.Dates?.Start,
            EndDate = entry.Dates?.EntryEnd,
            Highlights = [.. entry.Highlights, .. entry.Description],
        };
    }

    /// <summary>A piece that names the service itself, in a few words and no link ("Volunteerism for Social Change" is a
    /// course's subject, not a post).</summary>
    private static bool IsService(string piece) =>
        VolunteerPosts.Words().IsMatch(piece) && piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5
        && !piece.Contains("://", StringComparison.Ordinal) && !piece.Contains("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>One piece of the header is a business by its legal form, another reads as a post, and none names a degree
    /// or a school.</summary>
    private static Resume.Model.Work? Job(Entry entry)
    {
        var pieces = HeaderPieces(entry.Parts);
        if (pieces.Count < 2 || !NamesBusinessNotSchooling(pieces))
        {
            return null;
        }
        var employer = pieces.First(IsBusiness);
        var post = pieces.FirstOrDefault(p => p != employer && !IsBusiness(p) && (RoleWords.EndsWithHead(p) || RoleWords.TitleScore(p) > 0));
        return post is null
            ? null
            : new Resume.Model.Work
            {
                Name = employer,
                Position = post,
                StartDate = entry.Dates?.Start,
                EndDate = entry.Dates?.EntryEnd,
                Highlights = [.. entry.Highlights, .. entry.Description],
            };
    }

    /// <summary>
    /// The one test, for every reader of schooling (an entry under an education heading, a row of a table that mixes
    /// schooling and jobs), that what a header names is a business and not schooling: one piece names a business by its
    /// legal form ("Tessaline Ltd", "Brandt GmbH"), and no piece names a degree, a school, or a trade or course learnt at
    /// a firm ("Ausbildung als Fachinformatiker", "Zertifizierter Entwickler"): an apprenticeship is schooling though a
    /// business gave it, and an entry that names a degree or a school stays education whatever else it says.
    /// </summary>
    public static bool NamesBusinessNotSchooling(IReadOnlyList<string> pieces) =>
        pieces.Any(IsBusiness) && !pieces.Any(NamesSchooling);

    private static bool NamesSchooling(string piece) =>
        NamesDegree(piece) || NamesDegreeOutsideEducation(piece) || SplitDegree(piece).Type is not null || IsSchoolName(piece)
        || IsInstitution(piece) || Training().IsMatch(piece) || CredentialWord().IsMatch(piece) || Credentials.Says(piece);

    /// <summary>A header's lines cut where a list would cut them (commas, bars, dashes), keeping pieces with words.</summary>
    public static List<string> HeaderPieces(IEnumerable<string> lines) =>
        lines.SelectMany(p => p.Split([", ", " | ", " – ", " — ", " - "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(p => p.Any(char.IsLetter)).ToList();

    private static bool IsBusiness(string piece) =>
        piece.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Any(w => Places.IsLegalFormWord(w.TrimEnd(',', ';', ')')));

    /// <summary>Words for learning a trade or a subject at a firm: "Ausbildung", "Umschulung", "Lehre", "Azubi",
    /// "Apprentice", "Apprentissage", "Alternance", "Aprendiz", "Formation", "Training", "Trainee", "Zertifiziert…".</summary>
    [GeneratedRegex(@"(?i)\b(?:ausbildung\w*|umschulung|lehre|lehrling|azubi|auszubildend\w*|apprenti\w*|alternan\w*|aprendiz\w*|formation|training|trainee|zertifiziert\w*|certifi\w*|kurs\w*|course\w*|curso\w*|corso)\b")]
    private static partial Regex Training();
}
