using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Conventions of fields beyond software and of other countries' resumes: an executive's employer line over the
/// roles held there, a label over a list, degree lines without dates, lawyers' bar admissions, board service, degrees
/// named as law schools, secondary boards and culinary schools name them, a certificate's issuer in brackets.</summary>
public sealed class FieldConventionTests
{
    [Fact]
    public void An_employers_line_with_its_years_over_a_role_gives_the_role_that_employer()
    {
        var resume = Read("""
            Dana Whitfield
            dana.whitfield@example.com

            PROFESSIONAL EXPERIENCE
            HALVORSEN INDUSTRIES, Leeds, England                              2019 – Present
            A 400 million dollar manufacturer with 1,200 staff across six sites.
            Vice President, Operations                                        Mar 2019 – Present
            • Consolidated four plants into two, saving $3M a year
            • Built an executive team of six
            BLUEWATER FOODS INC.                                              2012 – 2019
            Key Holder                                                        Jun 2012 – Feb 2019
            • Grew revenue from $40M to $90M
            """);

        Assert.Equal(["HALVORSEN INDUSTRIES", "BLUEWATER FOODS INC."], resume.Work.Select(w => w.Name));
        Assert.Equal(["Vice President, Operations", "Key Holder"], resume.Work.Select(w => w.Position));
        Assert.Equal(["2019-03", "2012-06"], resume.Work.Select(w => w.StartDate));
        Assert.Equal([2, 1], resume.Work.Select(w => w.Highlights.Count));
    }

    [Fact]
    public void A_short_label_closed_by_a_colon_over_a_list_names_no_employer()
    {
        var resume = Read("""
            Ananya Rao
            ananya.rao@example.com

            EXPERIENCE
            Senior Scientist, Halcyon Therapeutics                            Feb 2022 – Present
            Selected achievements:
            • Ran qPCR and Western blot assays for five projects
            • Wrote SOPs for six assays
            Scientist I, Verdant Genomics                                     Jul 2019 – Jan 2022
            Day-to-day duties:
            • Maintained 30 mammalian cell lines
            """);

        Assert.Equal(["Halcyon Therapeutics", "Verdant Genomics"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Senior Scientist", "Scientist I"], resume.Work.Select(w => w.Position));
        Assert.Equal([2, 1], resume.Work.Select(w => w.Highlights.Count));
    }

    [Fact]
    public void Undated_lines_that_each_name_a_degree_and_a_school_are_a_degree_each()
    {
        var resume = Read("""
            Ananya Rao
            ananya.rao@example.com

            EXPERIENCE
            Scientist, Halcyon Therapeutics                                   2019 – 2024

            EDUCATION
            Master of Science in Molecular Biology, University of Melbourne
            Bachelor of Science in Biology, University of Leeds
            """);

        Assert.Equal(["University of Melbourne", "University of Leeds"], resume.Education.Select(e => e.Institution));
        Assert.Equal(["Molecular Biology", "Biology"], resume.Education.Select(e => e.Area));
    }

    [Fact]
    public void Bar_admissions_are_credentials_and_board_service_is_volunteering()
    {
        var resume = Read("""
            Morgan Brennan
            morgan.brennan@example.com

            LEGAL EXPERIENCE
            Associate Attorney, Harlow & Finch LLP                            2019 – 2025
            • Argued six motions in state court

            BAR ADMISSIONS
            • New York State Bar, 2019
            • District of Columbia Bar, 2020

            BOARD SERVICE
            Board Chair, Northern Trade Council                               2018 – Present
            Treasurer, Riverside Community Foundation                         2016 – 2021
            """);

        Assert.Equal(["New York State Bar", "District of Columbia Bar"], resume.Certificates.Select(c => c.Name));
        Assert.Equal(["Northern Trade Council", "Riverside Community Foundation"], resume.Volunteer.Select(v => v.Organization));
        Assert.Equal(["Harlow & Finch LLP"], resume.Work.Select(w => w.Name));
    }

    [Theory]
    [InlineData("Juris Doctor, Eastbrook School of Law", "Juris Doctor", "Eastbrook School of Law")]
    [InlineData("Higher Secondary Certificate, Ridgemont Senior Secondary School", "Higher Secondary Certificate", "Ridgemont Senior Secondary School")]
    [InlineData("Associate of Occupational Studies in Culinary Arts, Kingsford Culinary Institute", "Associate of Occupational Studies", "Kingsford Culinary Institute")]
    [InlineData("Master of Accountancy, University of Leeds", "Master of Accountancy", "University of Leeds")]
    public void Law_school_secondary_board_and_vocational_degrees_are_named_as_degrees(string line, string studyType, string institution)
    {
        var resume = Read($"""
            Morgan Brennan
            morgan.brennan@example.com

            EDUCATION
            {line}                                        2011 – 2015
            """);

        var education = Assert.Single(resume.Education);
        Assert.Equal(studyType, education.StudyType);
        Assert.Equal(institution, education.Institution);
    }

    [Fact]
    public void A_certificates_issuer_in_brackets_with_its_year_is_not_part_of_its_name()
    {
        var resume = Read("""
            Ananya Rao
            ananya.rao@example.com

            EXPERIENCE
            Scientist, Halcyon Therapeutics                                   2019 – 2024

            CERTIFICATIONS
            * Medical Laboratory Scientist (MLS) (ASCP Board of Certification, 2019)
            * Good Laboratory Practice (Research Quality Association, 2021)
            """);

        Assert.Equal(["Medical Laboratory Scientist (MLS)", "Good Laboratory Practice"], resume.Certificates.Select(c => c.Name));
    }

    [Fact]
    public void A_header_wrapped_inside_its_bracketed_dates_keeps_its_range()
    {
        var resume = Read("""
            Quentin Novak
            quentin.novak@example.com

            INTERNSHIPS
            Sales Development Representative Intern – Clearpath Logistics, Boise, ID (Jun 2025 –
            Sep 2025)
                • Booked 40 qualified meetings a month
            Marketing Intern – Tidewater Media Group (June
            2024 – August 2024)
                • Launched an email campaign that added 600 leads
            Sales Intern – Brightline Software (June 2023
            – August 2023)
                • Booked 80 qualified meetings a month
            """);

        Assert.Equal(["Clearpath Logistics", "Tidewater Media Group", "Brightline Software"], resume.Work.Select(w => w.Name));
        Assert.Equal([("2025-06", "2025-09"), ("2024-06", "2024-08"), ("2023-06", "2023-08")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.Equal([1, 1, 1], resume.Work.Select(w => w.Highlights.Count));
    }

    [Fact]
    public void A_qualifications_table_with_wrapped_headers_and_cells_set_mid_row_is_read_row_by_row()
    {
        var pdf = ConventionShapes.MiddleSetQualifications("Meera Iyer", "meera.iyer@example.com",
        [
            (["Bachelor of Commerce in", "Accounting"], ["Eastbrook College of", "Commerce"], ["Westmere University"], "2025", "CGPA 8.4/10"),
            (["Higher Secondary", "Certificate in Commerce"], ["Ridgemont Senior", "Secondary School"], ["State Board of", "Secondary Education"], "2021", "91.2%"),
        ]);
        var resume = Read(pdf);

        Assert.Equal(["Eastbrook College of Commerce", "Ridgemont Senior Secondary School"], resume.Education.Select(e => e.Institution));
        Assert.Equal(["Bachelor of Commerce", "Higher Secondary Certificate"], resume.Education.Select(e => e.StudyType));
        Assert.Equal(["Accounting", "Commerce"], resume.Education.Select(e => e.Area));
        Assert.Equal(["2025", "2021"], resume.Education.Select(e => e.EndDate ?? e.StartDate));
    }

    [Fact]
    public void A_known_town_before_a_region_no_list_holds_is_the_employers_place()
    {
        var resume = Read("""
            Anna Lebedeva
            anna.lebedeva@example.com

            EMPLOYMENT HISTORY
            Research Associate                                                12/2020 - Current
            Halcyon Therapeutics, Valencia, Comunidad Valenciana
            • Optimised a CRISPR-Cas9 knockout protocol
            Laboratory Technician                                             01/2016 - 12/2020
            State Public Health Laboratory
            • Wrote SOPs for four assays
            """);

        Assert.Equal(["Halcyon Therapeutics", "State Public Health Laboratory"], resume.Work.Select(w => w.Name));
        Assert.Equal("Valencia, Comunidad Valenciana", resume.Work[0].Location);
    }

    [Fact]
    public void A_list_item_wrapped_inside_its_bracket_is_one_item()
    {
        var resume = Read("""
            Dana Whitfield
            dana.whitfield@example.com

            EXPERIENCE
            Senior Project Engineer, Atlas Water Authority                    2019 – 2025

            LICENSURE
            * Professional Engineer (PE) (State Board of Registration for
              Professional Engineers, 2016)
            * NACD Directorship Certification (National Association of Corporate
              Directors, 2019)
            * LEED Green Associate (U.S. Green Building Council, 2018)
            """);

        Assert.Equal(["Professional Engineer (PE)", "NACD Directorship Certification", "LEED Green Associate"], resume.Certificates.Select(c => c.Name));
    }
}
