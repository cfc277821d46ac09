using System.Text.RegularExpressions;

namespace Resume.Parsing.Fields;

/// <summary>
/// "Lycée" ‖ "Maurice Ravel", "High School" ‖ "Lincoln High School", "École d'ingénieurs" ‖ "ENSEIRB-Matmeca": a kind of
/// school named on its own, in the place a degree takes, beside the school's own name, says what level was studied
/// there; it is the entry's degree, not a second school. Standing alone with no name beside it, it stays the school.
/// </summary>
internal static partial class SchoolKinds
{
    /// <summary>The index of the part that names only a kind of school, when another part names the school itself and
    /// none names a degree; null otherwise.</summary>
    public static int? LevelAmong(IReadOnlyList<string> parts, Func<string, bool> namesDegree, Func<string, bool> namesSchool)
    {
        if (parts.Count < 2 || parts.Any(namesDegree))
        {
            return null;
        }
        for (var k = 0; k < parts.Count; k++)
        {
            if (!KindAlone().IsMatch(parts[k].Trim()))
            {
                continue;
            }
            // The school's own name: a name by its words, or (right after the kind) a proper name with no figure in it.
            var named = parts.Where((p, j) => j != k && !KindAlone().IsMatch(p.Trim())
                && (namesSchool(p) || j == k + 1 && IsNameOnly(p.Trim()))).Any();
            return named ? k : null;
        }
        return null;
    }

    private static bool IsNameOnly(string text) =>
        text.Length is > 2 and <= 40 && char.IsUpper(text[0]) && !text.Any(char.IsDigit) && !text.Contains(',')
        && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]));

    [GeneratedRegex(@"^(?:(?:senior\s+|junior\s+)?high\s+school|secondary\s+school|upper\s+secondary\s+school|grammar\s+school|middle\s+school"
        + @"|lyc[ée]e(?:\s+(?:général|technologique|professionnel))?|coll[èe]ge|gymnasium|gymnasiet|gymnasie|realschule|hauptschule|gesamtschule"
        + @"|fachoberschule|berufsschule|liceo(?:\s+(?:scientifico|classico|linguistico|artistico))?|scuola\s+superiore|istituto\s+tecnico"
        + @"|colegio|instituto|escola\s+secund[áa]ria|ensino\s+(?:m[ée]dio|secund[áa]rio)|ensino\s+fundamental|enseñanza\s+secundaria"
        + @"|[ée]cole\s+d['’]ing[ée]nieurs?|grande\s+[ée]cole|classes?\s+pr[ée]paratoires?(?:\s+aux\s+grandes\s+[ée]coles)?|pr[ée]pa"
        + @"|middelbare\s+school|voortgezet\s+onderwijs)$", RegexOptions.IgnoreCase)]
    private static partial Regex KindAlone();
}
