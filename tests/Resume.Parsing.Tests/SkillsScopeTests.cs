using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Skills are short names in lists. What a missed heading or a misread page puts under a skills heading (jobs
/// with their dates, paragraphs of prose, a form of personal details) is not a skill, and groups whose label names
/// another section (spoken languages, hobbies, things a person is interested in) belong to that section.</summary>
public sealed class SkillsScopeTests
{
    [Fact]
    public void Jobs_under_a_skills_heading_are_not_skills_and_the_section_says_it_may_be_misread()
    {
        // The heading over the jobs was not read (an unusual or split heading): the jobs run on under "Skills".
        var resume = Read("""
            Noor Haddad
            noor.haddad@example.com

            SKILLS
            Languages: Go, Python, SQL
            Cloud: AWS, Terraform
            Brightline Logistics
            Platform Engineer | Mar 2020 – Present
            • Moved the fleet tracker to event streams, halving delivery delays across the north.
            • Ran the on-call rota for nine engineers.
            Kestrel Bank
            Software Engineer | Jun 2016 – Feb 2020
            • Built the payments ledger, reconciled nightly.

            EDUCATION
            University of Leeds
            BSc Computer Science, 2016
            """);

        Assert.Equal(["Go", "Python", "SQL", "AWS", "Terraform"], resume.Keywords());
        var skills = Assert.Single(resume.Meta.Sections, s => s.Kind == SectionKinds.Skills);
        Assert.True(skills.Confidence < 0.6, $"confidence {skills.Confidence}");
    }

    [Fact]
    public void A_paragraph_of_prose_beside_skill_lists_gives_no_keywords()
    {
        var resume = Read("""
            Ines Kowalczyk
            ines.kowalczyk@example.com

            SKILLS
            Experienced in running field studies of birds and small mammals at remote
            sites (trapping, tagging, tracking), and in training students to do the same.
            Built species-level phylogenies from concatenated mitochondrial gene alignments
            with IQ-TREE, ModelFinder and bootstraps.
            Software: R, Python, QGIS
            Lab: PCR, gel electrophoresis

            EDUCATION
            Jagiellonian University
            PhD Biology, 2024
            """);

        Assert.Equal(["R", "Python", "QGIS", "PCR", "gel electrophoresis"], resume.Keywords());
    }

    [Fact]
    public void A_sentence_after_a_list_takes_none_of_its_items_with_it()
    {
        var resume = Read("""
            Sergei Dort
            sergei.dort@example.com

            SKILLS
            • Swift
            • RxSwift
            • CI/CD
            I am constantly learning new technologies and always try to improve my skills in this
            rapidly changing industry.
            """);

        Assert.Equal(["Swift", "RxSwift", "CI/CD"], resume.Keywords());
    }

    [Fact]
    public void A_skills_section_that_is_one_sentence_still_gives_its_skills()
    {
        var resume = Read("""
            Marcus Bell
            marcus.bell@example.com

            TECHNICAL SKILLS
            Front end web development in HTML5, CSS3, JavaScript and Bootstrap, with Visual Studio Code and Git.

            EDUCATION
            Towson University
            BS Information Systems, 2019
            """);

        Assert.Contains("CSS3", resume.Keywords());
    }

    [Fact]
    public void A_block_of_personal_details_gives_languages_and_hobbies_and_no_skills()
    {
        var resume = Read("""
            Priya Ramasamy
            priya.ramasamy@example.com

            EDUCATION
            Madurai Kamaraj University
            B.Sc. Computer Science, 2022

            SKILLS
            Programming: C, Java, Python

            PERSONAL DETAILS
            Date of Birth : 12.04.2001
            Gender : Female
            Nationality : Indian
            Languages Known : English, Tamil
            Pass time : Reading, Badminton
            """);

        Assert.Equal(["English", "Tamil"], resume.Languages.Select(l => l.Name));
        Assert.Equal(["Reading", "Badminton"], resume.Interests.Select(i => i.Name));
        Assert.Equal(["C", "Java", "Python"], resume.Keywords());
    }

    [Fact]
    public void Personal_details_in_a_skills_section_are_not_skills()
    {
        var resume = Read("""
            Arun Prakash
            arun.prakash@example.com

            SKILLS
            Programming: C++, Java
            Mobile: Kotlin, Swift
            Date of Birth: 03.09.2002
            Father's Name: K. Prakash
            Marital Status: Single
            """);

        // "Mobile" names a field of skills as well as a phone; a personal detail's own label never does.
        Assert.Equal(["C++", "Java", "Kotlin", "Swift"], resume.Keywords());
    }

    [Fact]
    public void A_group_of_things_the_person_is_interested_in_among_skills_is_interests()
    {
        var resume = Read("""
            Bram de Vries
            bram@example.com

            SKILLS
            Programming: PHP, Python, Bash
            Versioning: Git, Subversion
            Topics I am interested in: Event sourcing, Test-driven development
            """);

        Assert.Equal(["PHP", "Python", "Bash", "Git", "Subversion"], resume.Keywords());
        Assert.Equal(["Event sourcing", "Test-driven development"], resume.Interests.Select(i => i.Name));
    }

    [Theory]
    [InlineData("AREAS OF INTEREST")]
    [InlineData("PASTIMES")]
    [InlineData("LEISURE ACTIVITIES")]
    public void Interests_are_recognised_in_their_many_wordings(string heading)
    {
        var resume = Read($"""
            Lena Ortiz
            lena.ortiz@example.com

            SKILLS
            Excel, Power BI, SQL

            {heading}
            Trail running, Chess, Ceramics
            """);

        Assert.Equal(["Excel", "Power BI", "SQL"], resume.Keywords());
        Assert.Equal(["Trail running", "Chess", "Ceramics"], resume.Interests.Select(i => i.Name));
    }

    [Theory]
    [InlineData("LANGUAGES KNOWN")]
    [InlineData("FOREIGN LANGUAGES")]
    [InlineData("LINGUISTIC SKILLS")]
    public void Spoken_languages_are_recognised_in_their_many_wordings(string heading)
    {
        var resume = Read($"""
            Lena Ortiz
            lena.ortiz@example.com

            SKILLS
            Excel, Power BI, SQL

            {heading}
            Spanish (native), English (fluent), French (basic)
            """);

        Assert.Equal(["Excel", "Power BI", "SQL"], resume.Keywords());
        Assert.Equal(["Spanish", "English", "French"], resume.Languages.Select(l => l.Name));
    }
}
