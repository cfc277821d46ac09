using Resume.Fixtures;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// General rules about documents, each on a fixture with the one trait it is about (bench/Parse.Styles measures them on
/// the real producers): outline-numbered headings, letter-spaced text, bullets before entry lines, contact details away
/// from the header, sidebar tables, label/value layouts, dashes between dates, and the confidence the parser reports.
/// </summary>
public sealed class ProducerShapeTests
{
    private static readonly Person Person = People.Backend;

    [Fact]
    public void Numbered_headings_open_sections_and_a_closing_contact_paragraph_is_contact_not_a_job()
    {
        var resume = Read(TextResume.NumberedWithClosingContact(Person, DateStyle.ShortMonth));

        Assert.Equal([SectionKinds.Summary, SectionKinds.Work, SectionKinds.Education, SectionKinds.Skills], resume.Meta.Sections.Select(s => s.Kind));
        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Phone, resume.Basics.Phone);
        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords), resume.Keywords());
    }

    [Fact]
    public void A_soft_hyphen_between_two_dates_is_a_dash_and_keeps_the_end_date()
    {
        var resume = Read(TextResume.NumberedWithClosingContact(Person, DateStyle.ShortMonth));

        Assert.Equal([("2021-03", null), ("2017-09", "2021-02")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
    }

    [Theory]
    [InlineData("\u2010")]
    [InlineData("\u2011")]
    [InlineData("\u2012")]
    [InlineData("\u2212")]
    public void Any_unicode_dash_between_two_dates_separates_them(string dash)
    {
        var text = $"Ana Ruiz\nana@example.com\n\nEXPERIENCE\nEngineer, Acme Ltd   Mar 2019 {dash} Jun 2021\n- Built the billing service\n";
        var job = Assert.Single(Read(text).Work);
        Assert.Equal(("2019-03", "2021-06"), (job.StartDate, job.EndDate));
    }

    [Fact]
    public void Letter_spaced_headings_and_dates_are_read_as_words()
    {
        var resume = Read(ProducerShapes.LetterSpaced(Person, DateStyle.ShortMonth));

        Assert.Equal([SectionKinds.Work, SectionKinds.Education], resume.Meta.Sections.Select(s => s.Kind));
        Assert.Equal(Person.Jobs.Select(j => j.Company), resume.Work.Select(w => w.Name!));
        Assert.Equal([("2021-03", null), ("2017-09", "2021-02")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.Equal(Person.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
    }

    [Fact]
    public void An_entry_line_behind_a_bullet_is_the_entrys_title_and_its_dashes_are_highlights()
    {
        var resume = Read(ProducerShapes.BulletHeaders(Person, DateStyle.ShortMonth));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => w.Highlights));
    }

    [Fact]
    public void Contact_details_in_the_footer_of_the_last_page_are_read_and_make_no_entry()
    {
        var resume = Read(ProducerShapes.FooterContact(Person, DateStyle.ShortMonth));

        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Phone, resume.Basics.Phone);
        Assert.Equal(Person.Jobs.Count, resume.Work.Count);
        Assert.DoesNotContain(resume.Keywords(), k => k.Contains('@'));
    }

    [Fact]
    public void Cells_of_a_sidebar_table_are_read_as_columns_not_line_by_line_across()
    {
        var resume = Read(ProducerShapes.SidebarTable(Person, DateStyle.ShortMonth));

        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => w.Highlights));
        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords).Order(), resume.Keywords().Order());
    }

    [Fact]
    public void Labels_beside_values_name_the_fields_and_the_document_title_is_not_the_name()
    {
        var resume = Read(ProducerShapes.LabelTable(Person, DateStyle.Numeric));

        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(["2021-03", "2017-09"], resume.Work.Select(w => w.StartDate));
        Assert.Equal(Person.Schools.Select(s => (s.Institution, s.Degree, s.Area)), resume.Education.Select(e => (e.Institution!, e.StudyType!, e.Area!)));
    }

    [Fact]
    public void A_label_cell_that_names_a_list_section_opens_it_though_set_like_the_other_labels()
    {
        var resume = Read(ProducerShapes.LabelTable(Person, DateStyle.Numeric));

        Assert.Equal(Person.Certificates.Select(c => c.Name), resume.Certificates.Select(c => c.Name));
        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords).Order(), resume.Skills.SelectMany(s => s.Keywords).Order());
    }

    [Fact]
    public void A_cleanly_read_resume_is_confident_and_a_section_read_into_nothing_is_not()
    {
        var clean = Read(PdfResume.SingleColumn(Person));
        Assert.True(clean.Meta.Confidence >= 0.8, $"confidence {clean.Meta.Confidence}");
        Assert.All(clean.Meta.Sections.Where(s => s.Confidence is not null), s => Assert.True(s.Confidence >= 0.8, $"{s.Heading}: {s.Confidence}"));

        var muddled = Read("Ana Ruiz\nana@example.com\n\nEXPERIENCE\nI have worked on many things over the years and liked most of them a great deal.\nSome of them were large and some were small, but all of them taught me something.\n");
        var work = Assert.Single(muddled.Meta.Sections, s => s.Kind == SectionKinds.Work);
        Assert.True(work.Confidence < 0.6, $"confidence {work.Confidence}");
        Assert.True(muddled.Meta.Confidence < clean.Meta.Confidence);
    }
}
