using Resume.Parsing.Layout;

namespace Resume.Parsing.Fields;

/// <summary>
/// A section written as labels beside values ("Dates | 03/2019 – present", "Occupation or position held | Engineer",
/// "Name and address of employer | Acme, Leeds"), one record per entry: the labels say what each value is, so they are
/// read as field names, never as content. A record ends where a field it already has comes again.
/// </summary>
internal static class LabelledRecords
{
    public sealed class Record
    {
        public Dictionary<FieldLabels.Role, string> Values { get; } = [];
        public List<string> Activities { get; } = [];
        public DateRange? Dates { get; set; }
    }

    public static bool TryRead(IReadOnlyList<TextLine> lines, out List<Record> records)
    {
        records = [];
        var labelled = 0;
        var roles = new HashSet<FieldLabels.Role>();
        Record? current = null;
        FieldLabels.Role last = FieldLabels.Role.None;
        foreach (var line in lines)
        {
            var (role, value) = Split(line);
            if (role == FieldLabels.Role.None)
            {
                if (current is not null && last == FieldLabels.Role.Activities && line.Text.Trim().Length > 0)
                {
                    current.Activities.Add(line.Text.Trim()); // the rest of a multi-line value
                }
                continue;
            }
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
                    current.Activities.Add(value);
                    break;
                case FieldLabels.Role.Dates:
                    current.Dates = DateParser.Find(value);
                    current.Values[role] = value;
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
}
