using Resume.Fixtures;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

public sealed class DocxAndTextTests
{
    private static readonly Person Person = People.Backend;

    [Fact]
    public void A_word_resume_with_heading_styles_tab_stops_and_numbered_bullets_is_read()
    {
        var resume = Read(DocxResume.Build(Person));

        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.Phone, resume.Basics.Phone);
        Assert.Contains(resume.Basics.Profiles, p => p is { Network: "GitHub", Username: "mlindqvist" });
        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(["2021-03", "2017-09"], resume.Work.Select(w => w.StartDate));
        Assert.Equal(Person.Jobs[0].Highlights, resume.Work[0].Highlights);
        Assert.Equal("Remote", resume.Work[1].Location);
        Assert.Equal(Person.Schools.Select(s => (s.Institution, s.Degree, s.Area)), resume.Education.Select(e => (e.Institution!, e.StudyType!, e.Area!)));
        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords), resume.Keywords());
        Assert.Equal("CNCF", Assert.Single(resume.Certificates).Issuer);
        Assert.Empty(resume.Meta.Warnings);
    }

    [Fact]
    public void Layout_tables_are_read_row_by_row_and_flagged()
    {
        var resume = Read(DocxResume.Build(Person, new DocxOptions { LayoutTables = true }));
        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Skills.Select(s => s.Name), resume.Skills.Select(s => s.Name!));
        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords), resume.Keywords());
        Assert.Contains(resume.Meta.Warnings, w => w.Code == ParseWarningCodes.Tables);
    }

    [Fact]
    public void Contact_details_in_a_text_box_are_found_and_flagged()
    {
        var resume = Read(DocxResume.Build(Person, new DocxOptions { ContactInTextBox = true }));
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Contains(resume.Meta.Warnings, w => w.Code == ParseWarningCodes.TextBoxes);
    }

    [Fact]
    public void Contact_details_in_the_page_header_are_found_and_flagged()
    {
        var resume = Read(DocxResume.Build(Person, new DocxOptions { ContactInHeader = true }));
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Phone, resume.Basics.Phone);
        Assert.Contains(resume.Meta.Warnings, w => w.Code == ParseWarningCodes.HeaderFooterContent);
    }

    [Fact]
    public void Title_at_company_lines_with_the_date_below_are_read()
    {
        var resume = Read(DocxResume.Build(Person, new DocxOptions { TabStops = false, Dates = DateStyle.Numeric }));
        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal([("2021-03", null), ("2017-09", "2021-02")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
    }

    [Fact]
    public void Plain_text_with_underlined_headings_and_wrapped_bullets_is_read()
    {
        var resume = Read(TextResume.Plain(Person));
        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal("Gothenburg", resume.Basics.Location?.City);
        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs[0].Highlights, resume.Work[0].Highlights);
        Assert.Equal(["2021-03", "2017-09"], resume.Work.Select(w => w.StartDate));
        Assert.Equal("GPA 3.8", resume.Education[1].Score);
        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords), resume.Keywords());
        Assert.Equal("EXPERIENCE", resume.Meta.Sections.Single(s => s.Kind == SectionKinds.Work).Heading);
    }

    [Fact]
    public void Markdown_headings_bullets_and_links_are_read()
    {
        var resume = Read(TextResume.Markdown(Person));
        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.Label, resume.Basics.Label);
        Assert.Contains(resume.Basics.Profiles, p => p.Url == "https://github.com/mlindqvist");
        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs[1].Highlights, resume.Work[1].Highlights);
        Assert.Equal(Person.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
        Assert.Equal(Person.Skills.Select(s => s.Name), resume.Skills.Select(s => s.Name!));
    }

    [Fact]
    public void Unknown_headings_are_kept_as_other_and_warned_about()
    {
        var resume = Read("Jane Roe\njane@example.com\n\nEXPERIENCE\n=========\nEngineer, Acme Ltd     2019 - 2021\n  - Built things\n\nSTUFF I LIKE DOING\n==================\nSailing on weekends with friends, reading science fiction novels.\n");
        Assert.Contains(resume.Meta.Sections, s => s is { Kind: SectionKinds.Other, Heading: "STUFF I LIKE DOING" });
        Assert.Contains(resume.Meta.Warnings, w => w.Code == ParseWarningCodes.UnusualHeadings && w.Message.Contains("STUFF I LIKE DOING"));
    }

    [Fact]
    public void A_text_without_headings_is_flagged()
    {
        var resume = Read("Jane Roe\njane@example.com\nI have done many things over the years and would like a new job.\n");
        Assert.Equal("Jane Roe", resume.Basics.Name);
        Assert.Contains(resume.Meta.Warnings, w => w.Code == ParseWarningCodes.NoSections);
    }
}
