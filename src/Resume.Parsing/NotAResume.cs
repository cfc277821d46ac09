using System.Text.Json;
using System.Text.RegularExpressions;
using Resume.Model;
using Resume.Parsing.Layout;

namespace Resume.Parsing;

/// <summary>
/// The parse stage's last look: is what it read a résumé at all? Only a file with none of a résumé's marks is turned
/// away: no email, phone or profile, no dated job or study, and no standard résumé heading. Anything with one of them
/// goes on to be scored, because a real résumé the parser misread must never be refused. The answer says what the file
/// looks like instead (JSON, program code, a letter, notes) so people know what they uploaded.
/// </summary>
internal static partial class NotAResume
{
    private const int MaxLinesLooked = 400;

    private static readonly HashSet<string> ResumeSections = new(StringComparer.Ordinal)
    {
        SectionKinds.Summary, SectionKinds.Work, SectionKinds.Education, SectionKinds.Skills, SectionKinds.Projects,
        SectionKinds.Certificates, SectionKinds.Awards, SectionKinds.Publications, SectionKinds.Volunteer,
        SectionKinds.Languages, SectionKinds.Interests, SectionKinds.References, SectionKinds.Contact,
    };

    /// <summary>A sentence for people when the document is not a résumé; null when it is, or might be.</summary>
    public static string? Reason(LayoutDocument layout, ResumeDocument resume)
    {
        // A scan has no text to judge: the score stage explains that case.
        if (layout.Traits.Contains(ParseWarningCodes.ImageOnly) || layout.Lines.Count == 0)
        {
            return null;
        }
        var basics = resume.Basics;
        var lines = layout.Lines.Take(MaxLinesLooked).Select(l => l.Text).ToList();
        var contact = !string.IsNullOrWhiteSpace(basics.Email) || !string.IsNullOrWhiteSpace(basics.Phone) || basics.Profiles.Count > 0
                      || lines.Any(l => Email().IsMatch(l));
        var dated = resume.Work.Any(w => !string.IsNullOrWhiteSpace(w.StartDate) || !string.IsNullOrWhiteSpace(w.EndDate))
                    || resume.Education.Any(e => !string.IsNullOrWhiteSpace(e.StartDate) || !string.IsNullOrWhiteSpace(e.EndDate))
                    || resume.Volunteer.Any(v => !string.IsNullOrWhiteSpace(v.StartDate))
                    // A date range anywhere counts too: the parser may have missed the section it belongs to.
                    || lines.Any(l => DateRange().IsMatch(l));
        var headed = resume.Meta.Sections.Any(s => ResumeSections.Contains(s.Kind) && !string.IsNullOrWhiteSpace(s.Heading));
        if (contact || dated || headed)
        {
            return null;
        }
        return $"{WhatItIs(lines)} It has no contact details, no dated experience or education, and none of a résumé's headings (such as Experience or Education), so it was not scored. Upload your résumé as PDF, DOCX, TXT or Markdown.";
    }

    private static string WhatItIs(List<string> lines)
    {
        var text = string.Join('\n', lines).Trim();
        if (text.Length > 0 && text[0] is '{' or '[' && IsJson(text))
        {
            return "This file is JSON data, not a résumé.";
        }
        var content = lines.Where(l => l.Trim().Length > 0).ToList();
        var code = content.Count(l => CodeLine().IsMatch(l));
        if (content.Count > 0 && code * 3 >= content.Count && code >= 2)
        {
            return "This file looks like program code, not a résumé.";
        }
        var opening = content.Take(6).Any(l => Salutation().IsMatch(l));
        var closing = content.TakeLast(8).Any(l => Closing().IsMatch(l));
        if (opening || closing)
        {
            return "This file reads as a letter (a cover letter, perhaps), not a résumé.";
        }
        return content.Count == 1
            ? "This file holds a single line of text, not a résumé."
            : $"This file reads as notes or running text ({content.Count} lines), not a résumé.";
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = true });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b.{0,12}?(?:-|–|—|\bto\b|\buntil\b)\s*(?:[A-Za-z]{3,9}\.?\s+)?(?:(?:19|20)\d{2}\b|present\b|current\b|now\b|today\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DateRange();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    /// <summary>Lines only code writes: statements ending in ';' or braces, declarations, imports, arrows and operators.</summary>
    [GeneratedRegex(@"(?:[;{}]\s*$|^\s*(?:import|from|using|package|#include|def|class|public|private|function|const|let|var|return|if\s*\(|for\s*\(|while\s*\()\b|=>|==|\+=|::|\)\s*\{)")]
    private static partial Regex CodeLine();

    [GeneratedRegex(@"^\s*(?:Dear|Hello|Hi|To whom it may concern)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Salutation();

    [GeneratedRegex(@"^\s*(?:Sincerely|Yours (?:sincerely|faithfully|truly)|(?:Kind|Best|Warm) regards|Regards|Respectfully)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();
}
