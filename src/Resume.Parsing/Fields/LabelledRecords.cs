using Resume.Parsing.Layout;

namespace Resume.Parsing.Fields;

/// <summary>
/// A section written as labels beside values ("Dates | 03/2019 – present", "Occupation or position held | Engineer",
/// "Name and address of employer | Acme, Leeds"), one record per entry: the labels say what each value is, so they are
/// read as field names, never as content. A record ends where a field it already has comes again.
/// </summary>
internal static partial class LabelledRecords
{
    public sealed class Record
    {
        public Dictionary<FieldLabels.Role, string> Values { get; } = [];
        public List<string> Activities { get; } = [];
        public DateRange? Dates { get; set; }

        /// <summary>The unlabelled line that heads the record's fields ("Soporte técnico:" over "Institución: …"):
        /// what the record is, in the words of its writer.</summary>
        public string? Title { get; set; }
    }

    /// <summary>
    /// An item of a value cell's list that ran to the cell's right edge goes on in the next line: that line's first
    /// word would not have fit after it, and the line carries on the phrase (it opens in lower case or with a figure,
    /// "by" / "26%"), where a new item opens with a capital.
    /// </summary>
    private static bool Wraps(TextLine above, TextLine line)
    {
        var text = line.Text.Trim();
        var before = above.Text.TrimEnd();
        if (!above.HasGeometry || !line.HasGeometry || above.Page != line.Page || line.Bullet || above.ColumnRight <= 0
            || text.Length == 0 || char.IsUpper(text[0]) || !char.IsLetterOrDigit(text[0]) || before.EndsWith('.'))
        {
            return false;
        }
        return line.Top - above.Bottom < line.FontSize && LineWrap.RoomAfter(above) < LineWrap.FirstWordWidth(text, line.Right - line.Left, line.FontSize);
    }

    /// <summary>
    /// In a list whose items open with a bullet, a line with none set right under the item goes on with it, whatever
    /// its first letter ("Pilotage du budget annuel de 48" / "M€ pour 12 magasins"; a German noun wraps in capitals).
    /// </summary>
    private static bool GoesOnUnder(TextLine above, TextLine line) =>
        !line.Bullet && above.HasGeometry && line.HasGeometry && above.Page == line.Page
        && line.Top - above.Bottom < line.FontSize * 0.8 && line.Left >= above.Left - 1;

    /// <summary>A piece of text wholly inside the label column of the labelled line above: the end of a wrapped label.</summary>
    private static bool InLabelColumn(TextLine? labelLine, LineSegment piece) =>
        labelLine is { HasGeometry: true, Segments.Count: >= 2 } && piece.Right > piece.Left
        && piece.Right <= labelLine.Segments[1].Left + 1 && piece.Left >= labelLine.Segments[0].Left - 1
        && piece.Text.Trim().Length is > 0 and <= 40 && FieldLabels.Of(piece.Text) == FieldLabels.Role.None;

    public static bool TryRead(IReadOnlyList<TextLine> lines, out List<Record> records)
    {
        records = [];
        var labelled = 0;
        var roles = new HashSet<FieldLabels.Role>();
        Record? current = null;
        FieldLabels.Role last = FieldLabels.Role.None;
        TextLine? activity = null;
        var bulleted = false;
        TextLine? valueLine = null;
        TextLine? labelLine = null;
        // A line that carries on the item or the field read last, rather than starting one of its own.
        void GoOnItem(string text, TextLine at)
        {
            current!.Activities[^1] += " " + text;
            activity = at;
        }
        void GoOnValue(string text) => current!.Values[last] += " " + text;
        var all = Fields(lines).ToList();
        for (var k = 0; k < all.Count; k++)
        {
            var (role, value, line) = all[k];
            if (role == FieldLabels.Role.None && k + 1 < all.Count && HeadsRecord(line, all[k + 1]) is { } title)
            {
                current = new Record { Title = title };
                records.Add(current);
                (last, activity, valueLine) = (FieldLabels.Role.None, null, null);
                continue;
            }
            if (role == FieldLabels.Role.None && current is not null && labelLine is not null && line.Segments.Count >= 2
                && InLabelColumn(labelLine, line.Segments[0]) && string.Join(" ", line.Segments.Skip(1).Select(s => s.Text)).Trim() is { Length: > 0 } rest)
            {
                // A label's end beside a value's next line ("Intitulé du certificat ou diplôme" / "délivré" beside
                // "Gestion des entreprises et des" / "administrations"; "Zuständigkeiten" beside a list's first item):
                // the label's end is dropped and the rest read as the value's own line.
                if (last == FieldLabels.Role.Activities && BulletGlyph().Match(rest) is { Success: true } glyph)
                {
                    current.Activities.Add(rest[glyph.Length..].Trim());
                    bulleted = true;
                    activity = line;
                }
                else if (last == FieldLabels.Role.Activities && current.Activities.Count > 0)
                {
                    GoOnItem(rest, line);
                }
                else if (char.IsLower(rest[0]) && current.Values.ContainsKey(last))
                {
                    GoOnValue(rest);
                }
                continue;
            }
            if (role == FieldLabels.Role.None && line.Segments.Count == 1 && InLabelColumn(labelLine, line.Segments[0]) && !line.Bullet)
            {
                // The rest of a label that wrapped in its own column ("Principales activités et" / "responsabilités"):
                // neither a value nor the end of the one being read.
                continue;
            }
            if (role == FieldLabels.Role.None && current is not null && valueLine is not null && last != FieldLabels.Role.Activities
                && current.Values.ContainsKey(last) && Wraps(valueLine, line))
            {
                // A value that ran to its cell's edge goes on in the next line ("Gestion des entreprises et des" /
                // "administrations"): the rest of the same field, not a line of its own.
                GoOnValue(line.Text.Trim());
                valueLine = line;
                continue;
            }
            valueLine = null;
            if (role == FieldLabels.Role.None)
            {
                if (current is not null && last != FieldLabels.Role.Activities && line.Bullet && line.Text.Trim().Length > 0)
                {
                    // A bulleted list set under a record's fields with no label of its own is what was done there.
                    current.Activities.Add(line.Text.Trim());
                    continue;
                }
                if (current is not null && last == FieldLabels.Role.Activities && line.Text.Trim().Length > 0)
                {
                    // The rest of a multi-line value: a new item, or the last one wrapped.
                    if (current.Activities.Count > 0 && activity is not null && (Wraps(activity, line) || bulleted && GoesOnUnder(activity, line)))
                    {
                        GoOnItem(line.Text.Trim(), line);
                    }
                    else
                    {
                        current.Activities.Add(line.Text.Trim());
                        bulleted = line.Bullet;
                        activity = line;
                    }
                }
                continue;
            }
            activity = role == FieldLabels.Role.Activities ? line : null;
            valueLine = value.Length > 0 ? line : null;
            labelLine = line.Segments.Count >= 2 ? line : labelLine;
            labelled++;
            roles.Add(role);
            if (current is null || role != FieldLabels.Role.Activities && role != FieldLabels.Role.Other && current.Values.ContainsKey(role))
            {
                current = new Record();
                records.Add(current);
            }
            last = role;
            if (value.Length == 0)
            {
                continue;
            }
            switch (role)
            {
                case FieldLabels.Role.Activities:
                    var glyph = BulletGlyph().Match(value);
                    current.Activities.Add(value[glyph.Length..].Trim());
                    bulleted = glyph.Success || line.Bullet;
                    break;
                case FieldLabels.Role.Dates:
                    current.Dates = DateParser.Find(value);
                    current.Values[role] = value;
                    break;
                case FieldLabels.Role.Employer or FieldLabels.Role.Position or FieldLabels.Role.Institution
                    or FieldLabels.Role.Qualification when current.Dates is null && !current.Values.ContainsKey(FieldLabels.Role.Dates)
                    && DateParser.Find(value) is { IsRange: true, Start: not null } carried:
                    // A form with no line for the dates gives them beside the employer or the school ("Empresa: Fonte TV
                    // (janeiro de 2011 – setembro de 2013)"): they are the record's dates, not part of its name.
                    current.Dates = carried;
                    current.Values.TryAdd(role, DateParser.Remove(value, carried));
                    break;
                case FieldLabels.Role.Employer when line.Segments.Count >= 2 && FieldLabels.AsksAddress(line.Segments[0].Text)
                    && value.IndexOf(',') is > 1 and var comma:
                    current.Values.TryAdd(role, value[..comma].Trim());
                    break;
                default:
                    current.Values.TryAdd(role, value);
                    break;
            }
        }
        // A layout of labels: several labelled lines naming at least two different fields of an entry.
        var fields = roles.Count(r => r is FieldLabels.Role.Dates or FieldLabels.Role.Position or FieldLabels.Role.Employer
            or FieldLabels.Role.Qualification or FieldLabels.Role.Institution or FieldLabels.Role.Subjects);
        return labelled >= 3 && fields >= 2;
    }

    /// <summary>
    /// Each line as a label and its value, where a label cell wrapped ("Name and type of organisation" beside the value,
    /// "providing education and training" under it) is read whole, and a label standing alone with its value on the line
    /// below, right of it ("First name(s) / Surname(s)" / "Jane Roe"), takes that value. Other lines come with no role.
    /// </summary>
    public static IEnumerable<(FieldLabels.Role Role, string Value, TextLine Line)> Fields(IReadOnlyList<TextLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var (role, value) = Split(line);
            var next = i + 1 < lines.Count ? lines[i + 1] : null;
            if (role == FieldLabels.Role.None && next is { Segments.Count: >= 1 } && line.Segments.Count >= 2 && line.HasGeometry
                && next.Segments[0].Right <= line.Segments[1].Left && next.Segments[0].Text.Length <= 60
                && FieldLabels.Of(line.Segments[0].Text + " " + next.Segments[0].Text.Trim()) is var wrapped and not FieldLabels.Role.None)
            {
                // The label's second line may carry the value's second line beside it ("Arbeitgebers" | "Weimar").
                yield return (wrapped, string.Join(" ", line.Segments.Skip(1).Concat(next.Segments.Skip(1)).Select(s => s.Text)).Trim(), line);
                i++;
                continue;
            }
            if (role == FieldLabels.Role.None && line.Segments.Count == 1 && line.HasGeometry && next is { Segments.Count: >= 2, HasGeometry: true }
                && next.Segments[0].Right <= next.Segments[1].Left && Math.Abs(next.Segments[0].Right - line.Segments[0].Right) < 3
                && FieldLabels.Of(line.Text.Trim() + " " + next.Segments[0].Text.Trim()) is var named and not FieldLabels.Role.None)
            {
                // A label alone on its first line that names its field on the second, its value beside that second line.
                yield return (named, string.Join(" ", next.Segments.Skip(1).Select(s => s.Text)).Trim(), next);
                i++;
                continue;
            }
            if (role != FieldLabels.Role.Activities && value.Length == 0 && line.Segments.Count == 1 && line.HasGeometry
                && (role != FieldLabels.Role.None || FieldLabels.Of(line.Text) == FieldLabels.Role.Name)
                && next is { Segments.Count: 1, HasGeometry: true } && next.Segments[0].Left >= line.Segments[0].Right - 1
                && Split(next).Role == FieldLabels.Role.None)
            {
                yield return (role == FieldLabels.Role.None ? FieldLabels.Role.Name : role, next.Text.Trim(), line);
                i++;
                continue;
            }
            yield return (role, value, line);
        }
    }

    /// <summary>
    /// "● Soporte técnico (modalidad home-office):" over "○ Institución: …", "○ Período: …": a line with no label that ends
    /// on a colon, set out left of the labelled line right under it, announces the fields below it: it heads a record
    /// and says what the record is (the post held, the course taken), where a form with no "Cargo:" line names it.
    /// </summary>
    private static string? HeadsRecord(TextLine line, (FieldLabels.Role Role, string Value, TextLine Line) next)
    {
        var text = line.Text.Trim();
        if (next.Role is FieldLabels.Role.None or FieldLabels.Role.Activities or FieldLabels.Role.Other or FieldLabels.Role.Name
            || text.Length is < 4 or > 90 || text[^1] != ':' || text.IndexOf(':') != text.Length - 1 || DateParser.Find(text) is not null)
        {
            return null;
        }
        var outdented = line.HasGeometry && next.Line.HasGeometry
            ? line.Page == next.Line.Page && line.Left < next.Line.Left - 2
            : !line.HasGeometry && !next.Line.HasGeometry && line.Indent < next.Line.Indent;
        return outdented ? text[..^1].Trim() : null;
    }

    /// <summary>A label cell beside its value, or "Label: value" on one line.</summary>
    public static (FieldLabels.Role Role, string Value) Split(TextLine line)
    {
        if (line.Segments.Count >= 2 && FieldLabels.Of(line.Segments[0].Text) is var role and not FieldLabels.Role.None)
        {
            return (role, string.Join(" ", line.Segments.Skip(1).Select(s => s.Text)).Trim());
        }
        var text = line.Text;
        var colon = text.IndexOf(':');
        if (colon is > 2 and < 60 && FieldLabels.Of(text[..colon]) is var inline and not FieldLabels.Role.None)
        {
            return (inline, text[(colon + 1)..].Trim());
        }
        if (line.Segments.Count == 1 && FieldLabels.Of(text) is var alone and not FieldLabels.Role.None and not FieldLabels.Role.Name)
        {
            return (alone, ""); // a label whose value cell is empty or wrapped below
        }
        return (FieldLabels.Role.None, "");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[–—•·▪‣◦\-]\s+")]
    private static partial System.Text.RegularExpressions.Regex BulletGlyph();
}
