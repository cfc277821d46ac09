using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A PDF whose left column holds labels ("Dates", "Occupation or position held") set beside the values they
/// name: the labels are field names, not content, whichever producer drew them.</summary>
public sealed class LabelColumnTests
{
    private static readonly Person Person = People.Backend;

    [Fact]
    public void Labels_in_a_column_beside_values_name_the_fields_of_each_entry()
    {
        var resume = Read(ProducerShapes.LabelColumn(Person, DateStyle.Numeric));

        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(["2021-03", "2017-09"], resume.Work.Select(w => w.StartDate));
        Assert.Equal(Person.Schools.Select(s => (s.Institution, s.Degree, s.Area)), resume.Education.Select(e => (e.Institution!, e.StudyType!, e.Area!)));
    }

    [Fact]
    public void A_label_that_names_a_list_section_opens_it_among_skill_group_labels()
    {
        var resume = Read(ProducerShapes.LabelColumn(Person, DateStyle.Numeric));

        Assert.Equal(Person.Certificates.Select(c => c.Name), resume.Certificates.Select(c => c.Name));
        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords).Order(), resume.Skills.SelectMany(s => s.Keywords).Order());
    }

    [Fact]
    public void A_name_on_the_line_below_its_label_is_the_name()
    {
        var resume = Read(ProducerShapes.LabelColumnWrapped(Person, DateStyle.Numeric));

        Assert.Equal(Person.Name, resume.Basics.Name);
    }

    [Fact]
    public void A_label_wrapped_in_a_narrow_column_still_names_its_field()
    {
        var resume = Read(ProducerShapes.LabelColumnWrapped(Person, DateStyle.Numeric));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Schools.Select(s => (s.Institution, s.Degree, s.Area)), resume.Education.Select(e => (e.Institution!, e.StudyType!, e.Area!)));
    }

    [Fact]
    public void A_label_column_set_flush_right_goes_on_over_the_next_page_however_long_its_labels()
    {
        var resume = Read(TypesetShapes.LabelColumnOverPages(Person, DateStyle.Numeric));

        Assert.Equal(Person.Schools.Select(s => (s.Institution, s.Degree, s.Area, s.Start.ToString("yyyy-MM"))),
            resume.Education.Select(e => (e.Institution!, e.StudyType!, e.Area!, e.StartDate!)));
        Assert.Equal(Person.Skills.Select(s => (s.Name, s.Keywords.Order().ToList())), resume.Skills.Select(s => (s.Name!, s.Keywords.Order().ToList())));
    }

    [Fact]
    public void A_running_header_repeating_the_name_on_page_two_is_no_entry()
    {
        var resume = Read(TypesetShapes.LabelColumnOverPages(Person, DateStyle.Numeric));

        Assert.Equal(Person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => w.Highlights));
        Assert.Equal(Person.Name, resume.Basics.Name);
    }

    [Fact]
    public void A_word_starting_where_the_contact_lines_far_above_start_stays_in_its_phrase()
    {
        var resume = Read(TypesetShapes.LabelColumnOverPages(Person, DateStyle.Numeric));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Email, resume.Basics.Email);
    }

    [Fact]
    public void A_label_in_the_margin_names_the_skills_beside_it_and_the_lines_under_it()
    {
        // Europass's skills: a label in the column of labels, its items as dashed lines beside and under it; moderncv's
        // double items: two labels on one row, the second among the value cells before its own list.
        var resume = Read(EuropassForm.Draw([("Name", "Tobias Lindqvist"), ("E-mail", "t.lindqvist@example.org")], c =>
        {
            EuropassForm.Heading(c, "Skills");
            EuropassForm.Field(c, "Software development", "– Clean-code principles");
            c.Draw("– Kotlin, Spring Boot, Gradle", EuropassForm.Value, EuropassForm.ValueSize);
            c.Advance(12);
            c.Draw("– Kubernetes, Helm", EuropassForm.Value, EuropassForm.ValueSize);
            c.Advance(16);
            EuropassForm.Field(c, "Team work", "– Mentoring new colleagues");
            c.Advance(4);
            c.DrawRight("Tools", EuropassForm.LabelRight, EuropassForm.LabelSize);
            c.Draw("Git, Jira", EuropassForm.Value, EuropassForm.ValueSize);
            c.Draw("Systems", 330, EuropassForm.ValueSize);
            c.Draw("Linux, FreeBSD", 400, EuropassForm.ValueSize);
            c.Advance(12);
        }));

        Assert.Equal(
            [("Software development", "Clean-code principles, Kotlin, Spring Boot, Gradle, Kubernetes, Helm"), ("Team work", "Mentoring new colleagues"),
                ("Tools", "Git, Jira"), ("Systems", "Linux, FreeBSD")],
            resume.Skills.Select(s => (s.Name!, string.Join(", ", s.Keywords))));
    }
}
