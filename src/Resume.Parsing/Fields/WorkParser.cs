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
        foreach (var entry in EntryReader.Read(lines))
        {
            var role = RoleParser.Parse(entry.Parts);
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
            var description = entry.Description.Count > 0 ? string.Join(' ', entry.Description) : null;
            var proseHighlights = description is not null && entry.Highlights.Count == 0 ? ProseHighlights.Split(description) : null;
            result.Add(new ModelWork
            {
                Name = company,
                Position = role.Position,
                Location = role.Location ?? entry.Location,
                StartDate = entry.Dates?.Start,
                EndDate = entry.Dates?.Current == true ? null : entry.Dates?.End,
                Summary = proseHighlights is null ? description : null,
                Highlights = proseHighlights ?? entry.Highlights,
            });
        }
        return result;
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
