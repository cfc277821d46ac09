using System.Text.RegularExpressions;

namespace Resume.Parsing.Fields;

/// <summary>
/// Who supervised a degree or an academic post, said on the line of its title: "Ph.D. in Chemical Engineering, Advisors:
/// Ana Ruiz, Li Wei", "Postdoctoral Fellow, Advisor: J. Obi", "Postdoctoral researcher (Sponsor: Ana Ruiz)", "Promotion in
/// Physik; Betreuer: Prof. Weiß", "Doctorat en chimie, directeur de thèse : M. Roy". The people named are said of the
/// degree or the post; they are no part of its title, its field or its employer. Academic CVs in every field write them
/// so, in brackets or after a comma, a semicolon, a dash or a bar, always behind the label that says what they are.
/// </summary>
internal static partial class SupervisorNotes
{
    /// <summary>The text with a supervisor's note (bracketed anywhere, or closing the text after its label) taken out.</summary>
    public static string Without(string text)
    {
        if (!Label().IsMatch(text))
        {
            return text;
        }
        var bare = Bracketed().Replace(text, "");
        return Trailing().Match(bare) is { Success: true, Index: > 0 } m ? bare[..m.Index].TrimEnd() : bare;
    }

    /// <summary>"Supervisor: Ettore Vicari, professor at Università di Pisa", or "Supervisor" set in a cell of its own before
    /// the name (the label column of a moderncv entry): the whole text is a note on who supervised, whatever school it
    /// names.</summary>
    public static bool Opens(string text) => Opening().IsMatch(text);

    /// <summary>The labels, in the languages the parser reads: English, German, French, Spanish, Portuguese, Italian, Dutch.</summary>
    private const string Labels =
        @"(?:co-?)?advis[oe]rs?|(?:co-?)?supervisors?|sponsors?|mentors?|hosts?|PI|principal\s+investigator|thesis\s+(?:advis[oe]r|supervisor|director)s?"
        + @"|betreuer(?:in|innen)?|doktorvater|doktormutter|erstgutachter(?:in)?"
        + @"|(?:co-?)?directeurs?\s+de\s+th[èe]se|(?:co-?)?directrices?\s+de\s+th[èe]se|encadrants?|encadrantes?"
        + @"|(?:co-?)?director(?:a|es)?\s+de\s+tesis|tutor(?:a|es)?\s+de\s+tesis|orientador(?:a|es)?|coorientador(?:a|es)?"
        + @"|relatore|relatrice|promotor(?:en)?|begeleider";

    [GeneratedRegex(@"(?i)\b(?:" + Labels + @")\s*:")]
    private static partial Regex Label();

    [GeneratedRegex(@"(?i)^\s*(?:" + Labels + @")(?:\s*:|$)")]
    private static partial Regex Opening();

    /// <summary>The phrase is a supervisor's label ("Advisor", "Betreuer", "Orientadora") and nothing else.</summary>
    public static bool IsLabel(string phrase) => WholeLabel().IsMatch(phrase.Trim());

    [GeneratedRegex(@"(?i)^(?:" + Labels + @")$")]
    private static partial Regex WholeLabel();

    /// <summary>"(Advisor: J. Obi)": a note in brackets, wherever it stands.</summary>
    [GeneratedRegex(@"(?i)\s*\((?:" + Labels + @")\s*:[^()]*\)")]
    private static partial Regex Bracketed();

    /// <summary>", Advisors: Ana Ruiz, Li Wei" to the end of the text: the note after its separator.</summary>
    [GeneratedRegex(@"(?i)\s*(?:[,;|·•]|\s[–—-])\s*(?:" + Labels + @")\s*:.*$")]
    private static partial Regex Trailing();
}
