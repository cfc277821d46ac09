using Resume.Parsing.Layout;
using Resume.Parsing.Text;

namespace Resume.Parsing.Fields;

/// <summary>
/// "• 2017-2019 – Emitech Sistemas LTDA – Barra Mansa RJ" over "Cargo: Programador" and a paragraph: a word processor's
/// list where each job is one bullet that opens on its years, a dash, and who it was for. A bullet that starts with a
/// span of years set off by a dash names an entry, whatever else the list holds; a duty written as a bullet starts on
/// what was done ("2019–2020 – Led the migration"), or runs on as a sentence.
/// </summary>
internal static class DatedBulletHead
{
    /// <summary>Whether the bulleted line opens on a date range, then a dash or bar, then a short name.</summary>
    public static bool Heads(TextLine line, DateRange? date)
    {
        if (!line.Bullet || date is not { IsRange: true })
        {
            return false;
        }
        var text = line.Text;
        if (text[..date.Index].Trim().Length > 0 || date.Index + date.Length >= text.Length)
        {
            return false;
        }
        var after = text[(date.Index + date.Length)..].TrimStart();
        // A dash or bar sets the years apart from a name; a colon after them opens what was done then, as an academic's
        // dated sub-items do ("2019-22: MicroMineral (ANR) …") under the appointment they belong to.
        if (after.Length < 2 || after[0] is not ('–' or '—' or '-' or '|' or '·'))
        {
            return false;
        }
        var rest = after[1..].Trim();
        return rest.Length > 1 && (char.IsUpper(rest[0]) || char.IsDigit(rest[0])) && rest.Count(c => c == ' ') <= 12
            && !ActionVerbs.StartsWithOne(rest) && !rest.TrimEnd().EndsWith(',');
    }
}
