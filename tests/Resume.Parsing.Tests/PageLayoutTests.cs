using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// Pages of more than two parts and rows of cells at other heights, read as the person laid them out: a timeline of
/// dates beside the entries with a sidebar at the right, ranges stacked as their two ends.
/// </summary>
public sealed class PageLayoutTests
{
    private static readonly Person Person = People.Backend;

    [Fact]
    public void A_sidebar_beside_entries_with_a_margin_of_stacked_dates_is_read_as_its_own_flow()
    {
        var resume = Read(PageLayoutShapes.TimelineWithSidebar(Person));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
        // The sidebar's rows stay out of the entries beside them, and are read as what they are.
        Assert.DoesNotContain(resume.Work.SelectMany(w => w.Highlights), h => h.Contains("Node.js") || h.Contains(Person.Phone));
        Assert.Superset(Person.Skills[0].Keywords.Append("Node.js").ToHashSet(), resume.Keywords().ToHashSet());
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Phone, resume.Basics.Phone);
    }

    [Fact]
    public void A_range_stacked_as_its_two_ends_in_a_margin_dates_the_entry_beside_it()
    {
        var resume = Read(PageLayoutShapes.TimelineWithSidebar(Person));

        Assert.Equal(Person.Jobs.Select(j => (j.Start.Year.ToString(), j.End?.Year.ToString())),
            resume.Work.Select(w => (w.StartDate!, w.EndDate)));
        Assert.Equal(Person.Schools.Select(s => (s.Start.Year.ToString(), s.End.Year.ToString())),
            resume.Education.Select(e => (e.StartDate!, e.EndDate!)));
    }

    [Fact]
    public void An_employer_wrapped_around_its_rows_title_and_dates_stays_the_employer_of_that_entry()
    {
        var resume = Read(PageLayoutShapes.CentredCells(Person, DateStyle.ShortMonth));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal([("2021-03", null), ("2017-09", "2021-02")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights.Count), resume.Work.Select(w => w.Highlights.Count));
    }

    [Fact]
    public void A_rule_typed_as_hyphens_under_the_name_ends_the_name_on_a_page_of_one_size()
    {
        var resume = Read(PageLayoutShapes.TypedRules(Person));

        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.Email, resume.Basics.Email);
    }
}
