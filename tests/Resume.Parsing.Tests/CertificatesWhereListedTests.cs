using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A certificate is known by what it says (a word for being certified, the platform or body that issued it, an
/// exam code, a credential's initials), wherever a resume lists it; a heading shared by certificates and another section
/// is read into both; degrees stay education.</summary>
public sealed class CertificatesWhereListedTests
{
    [Fact]
    public void Course_platform_certificates_under_education_are_certificates_and_the_degree_stays()
    {
        var resume = Read("""
            Mara Olsen
            mara.olsen@example.com

            EDUCATION
            Bachelor of Science in Nursing
            Lakeview University, 2015 - 2019

            Google Data Analytics Professional Certificate
            Coursera, 2022

            Graduate Certificate in Health Informatics
            Lakeview University, 2020
            """);

        Assert.Equal(["Google Data Analytics Professional Certificate"], resume.Certificates.Select(c => c.Name));
        Assert.Equal(["Bachelor of Science", "Graduate Certificate"], resume.Education.Select(e => e.StudyType));
    }

    [Fact]
    public void An_entry_under_a_heading_shared_with_certifications_that_names_no_degree_and_no_school_is_a_certificate()
    {
        var resume = Read("""
            Liam Carter
            liam.carter@example.com

            EXPERIENCE
            Riverside Depot, Warehouse Lead
            2018 - 2023
            • Ran the night shift of twelve.

            EDUCATION & CERTIFICATIONS
            Associate of Applied Science in Logistics, Riverside Community College, 2014 - 2016
            Forklift Operator, 2019
            """);

        Assert.Equal(["Forklift Operator"], resume.Certificates.Select(c => c.Name));
        Assert.Equal(["Riverside Community College"], resume.Education.Select(e => e.Institution));
    }

    [Fact]
    public void A_german_heading_shared_by_schooling_and_certification_is_read_into_both()
    {
        var resume = Read("""
            Jonas Weber
            jonas.weber@example.com

            BERUFSERFAHRUNG
            Stadtwerke Kiel, Elektroniker
            2018 - 2023
            • Wartung von Anlagen.

            AUSBILDUNG & ZERTIFIZIERUNG
            Zertifizierter Projektmanager (IPMA Level D)
            Industrie- und Handelskammer Kiel, 2021

            B.Sc. Elektrotechnik
            Fachhochschule Kiel, 2014 - 2018
            """);

        Assert.Equal(["Zertifizierter Projektmanager (IPMA Level D)"], resume.Certificates.Select(c => c.Name));
        Assert.Equal(["Fachhochschule Kiel"], resume.Education.Select(e => e.Institution));
    }

    [Fact]
    public void Credentials_listed_with_honours_are_certificates_and_honours_listed_with_certificates_are_awards()
    {
        var honoursFirst = Read("""
            Liam Carter
            liam.carter@example.com

            EXPERIENCE
            Riverside School, Teacher
            2018 - 2023
            • Taught grade 5.

            HONORS, AWARDS & CERTIFICATIONS
            Teacher of the Year, 2021
            Certified Google Educator Level 1, 2020
            First Aid Certificate, St John Ambulance, 2022
            """);
        var certificatesFirst = Read("""
            Mara Olsen
            mara.olsen@example.com

            EXPERIENCE
            Northfield Clinic, Staff Nurse
            2019 - Present
            • Cared for 20 patients a shift.

            CERTIFICATES AND AWARDS
            Basic Life Support (BLS), American Heart Association, 2023
            Nurse of the Year Award, Northfield Clinic, 2021
            """);

        Assert.Equal(["Certified Google Educator Level 1", "First Aid Certificate"], honoursFirst.Certificates.Select(c => c.Name));
        Assert.Equal(["Teacher of the Year"], honoursFirst.Awards.Select(a => a.Title));
        Assert.Equal(["Basic Life Support (BLS)"], certificatesFirst.Certificates.Select(c => c.Name));
        Assert.Equal(["Nurse of the Year Award"], certificatesFirst.Awards.Select(a => a.Title));
    }

    [Fact]
    public void A_credential_among_achievements_is_a_certificate()
    {
        var resume = Read("""
            Priya Raman
            priya.raman@example.com

            WORK EXPERIENCE
            Lakeside Builders, Site Coordinator
            2018 - 2023
            • Kept three sites on schedule.

            ACHIEVEMENTS
            • Won first place at the County Safety Challenge 2022
            • PMP – Project Management Professional, 2020
            """);

        Assert.Equal(["PMP"], resume.Certificates.Select(c => c.Name));
        Assert.Equal(["Won first place at the County Safety Challenge"], resume.Awards.Select(a => a.Title));
    }

    [Fact]
    public void A_project_named_as_a_credential_is_a_certificate()
    {
        var resume = Read("""
            Ana Ruiz
            ana.ruiz@example.com

            PROJECTS
            Ward Dashboard (2023)
            Built a staffing dashboard for a surgical ward.

            Microsoft Certified: Azure Fundamentals (AZ-900) (2022)
            Passed the exam after six weeks of study.
            """);

        Assert.Equal(["Microsoft Certified: Azure Fundamentals (AZ-900)"], resume.Certificates.Select(c => c.Name));
        Assert.Equal(["Ward Dashboard"], resume.Projects.Select(p => p.Name));
    }

    [Fact]
    public void A_chartered_qualification_under_qualifications_is_a_certificate_and_the_degree_stays()
    {
        var resume = Read("""
            Priya Raman
            priya.raman@example.com

            WORK EXPERIENCE
            Lakeside Accounting, Staff Accountant
            2018 - 2023
            • Closed the books monthly.

            QUALIFICATIONS
            Bachelor of Commerce, Northgate University, 2014 - 2017
            Chartered Accountant, Institute of Chartered Accountants, 2019
            """);

        Assert.Equal(["Chartered Accountant"], resume.Certificates.Select(c => c.Name));
        Assert.Equal(["Northgate University"], resume.Education.Select(e => e.Institution));
    }

    [Fact]
    public void A_list_of_qualifications_mixing_credentials_and_a_degree_is_read_into_both()
    {
        var resume = Read("""
            Owen Pritchard
            owen.pritchard@example.com

            EXPERIENCE
            Harbourside Data Centre, Technician
            2019 - Present
            • Racked and cabled 300 servers.

            QUALIFICATION
            DCTA - Data Centre Certified Technician
            Working at Height Card
            Site Safety Level 1
            BSc Hons Computer Networks - Northgate University - 2012-2015
            Microsoft Certified: Azure Administrator Associate (Oct 2023)
            """);

        Assert.Equal(["DCTA - Data Centre Certified Technician", "Working at Height Card", "Site Safety Level 1", "Microsoft Certified: Azure Administrator Associate"],
            resume.Certificates.Select(c => c.Name));
        Assert.Equal(["BSc Hons"], resume.Education.Select(e => e.StudyType));
    }
}
