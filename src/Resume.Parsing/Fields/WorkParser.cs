using Resume.Parsing.Layout;
using ModelWork = Resume.Model.Work;
using ModelVolunteer = Resume.Model.Volunteer;

namespace Resume.Parsing.Fields;

/// <summary>Work and volunteer entries: position, organisation, place, dates, highlights.</summary>
internal static class WorkParser
{
    public static List<ModelWork> Parse(IReadOnlyList<TextLine> lines)
    {
        if (LabelledRecords.TryRead(lines, out var records))
        {
            return records.Where(r => r.Values.ContainsKey(FieldLabels.Role.Position) || r.Values.ContainsKey(FieldLabels.Role.Employer))
                .Select(FromRecord).ToList();
        }
        var result = new List<ModelWork>();
        string? lastCompany = null;
        string? lastPlace = null;
        var underEmployer = false;
        var grouped = false;
        var entries = EntryReader.Read(lines);
        for (var k = 0; k < entries.Count; k++)
        {
            var entry = entries[k];
            if (entry.HoldsRoles || k + 1 < entries.Count && HoldsRoles(entry, entries[k + 1]))
            {
                // The employer's own line (its years, a line on what it does) over the roles held there.
                (lastCompany, lastPlace) = EmployerAndPlace(string.Join(", ", entry.Parts));
                lastPlace ??= entry.Location;
                underEmployer = true;
                grouped = entry.HoldsRoles;
                continue;
            }
            var role = RoleParser.Parse(entry.Parts);
            if (underEmployer && grouped && entry.Parts.Count == 2 && entry.Dates is not null)
            {
                // Under an employer's line with only its length of service, a role is its title and the place below it.
                role = new RoleSplit(entry.Parts[0], null, entry.Parts[1]);
            }
            else if (underEmployer && entry.Parts.Count == 1 && role.Organisation is not null)
            {
                // A role's line under its employer's is a title, commas and all ("Vice President, Operations").
                var title = role.Location is { } at && entry.Parts[0].EndsWith(at, StringComparison.Ordinal)
                    ? entry.Parts[0][..^at.Length].TrimEnd(' ', ',', '-', '–', '|') : entry.Parts[0];
                role = new RoleSplit(title, null, role.Location);
            }
            if (role.Position is null && role.Organisation is null && entry.Dates is null && !entry.HasBody)
            {
                continue;
            }
            var company = role.Organisation;
            if (company is null && role.Position is not null && lastCompany is not null)
            {
                company = lastCompany; // another role at the same employer, listed without repeating its name
            }
            if (role.Position is null && role.Organisation is null && result.Count > 0 && entry.Dates is null)
            {
                // Body lines that run on past a page or column break belong to the entry above.
                result[^1] = result[^1] with { Highlights = [.. result[^1].Highlights, .. entry.Highlights] };
                continue;
            }
            lastCompany = company ?? lastCompany;
            underEmployer = underEmployer && role.Organisation is null;
            lastPlace = underEmployer ? lastPlace : null;
            var description = entry.Description.Count > 0 ? string.Join(' ', entry.Description) : null;
            var proseHighlights = description is not null && entry.Highlights.Count == 0 ? ProseHighlights.Split(description) : null;
            result.Add(new ModelWork
            {
                Name = company,
                Position = role.Position,
                Location = role.Location ?? entry.Location ?? lastPlace,
                StartDate = entry.Dates?.Start,
                EndDate = entry.Dates?.Current == true ? null : entry.Dates?.End,
                Summary = proseHighlights is null ? description : null,
                Highlights = proseHighlights ?? entry.Highlights,
            });
        }
        return result;
    }

    /// <summary>An entry with no list of its own whose dates hold the next entry's, a single title line: the first is an
    /// employer ("ACME CORP, Town · 2019 – Present", perhaps a line on what it does) and the next a role held there.
    /// Years alone around month dates, or a span wider than the role's, say so; equal month ranges do not.</summary>
    private static bool HoldsRoles(Entry outer, Entry inner)
    {
        if (outer.Highlights.Count > 0 || outer.Parts.Count == 0 || inner.Parts.Count != 1 || outer.Dates is not { IsRange: true } o
            || inner.Dates is not { IsRange: true } i || o.Start is null || i.Start is null)
        {
            return false;
        }
        static int Year(string date) => int.Parse(date.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        var startsInside = Year(i.Start) >= Year(o.Start) && string.CompareOrdinal(i.Start, o.Start) >= 0;
        var endsInside = o.Current || !i.Current && i.End is not null && o.End is not null && Year(i.End) <= Year(o.End);
        var wider = o.Start.Length == 4 && i.Start.Length > 4 || o.Start != i.Start || o.End != i.End || o.Current != i.Current;
        return startsInside && endsInside && wider;
    }

    private static (string Employer, string? Place) EmployerAndPlace(string text)
    {
        if (Places.SplitTrailingPlace(text) is { } split)
        {
            return (split.Head, split.Place);
        }
        return RoleParser.TrailingTownAndRegion(text) is { } trailing ? (trailing.Head, trailing.Place) : (text, null);
    }

    private static ModelWork FromRecord(LabelledRecords.Record record)
    {
        var employer = record.Values.GetValueOrDefault(FieldLabels.Role.Employer);
        string? location = null;
        if (employer is not null && Places.SplitTrailingPlace(employer) is { } split)
        {
            (employer, location) = (split.Head, split.Place);
        }
        return new ModelWork
        {
            Name = employer,
            Position = record.Values.GetValueOrDefault(FieldLabels.Role.Position),
            Location = location,
            StartDate = record.Dates?.Start,
            EndDate = record.Dates?.Current == true ? null : record.Dates?.End,
            Highlights = record.Activities,
        };
    }

    public static List<ModelVolunteer> ParseVolunteer(IReadOnlyList<TextLine> lines) =>
        Parse(lines).Select(w => new ModelVolunteer
        {
            Organization = w.Name,
            Position = w.Position,
            StartDate = w.StartDate,
            EndDate = w.EndDate,
            Summary = w.Summary,
            Highlights = w.Highlights,
        }).ToList();
}
