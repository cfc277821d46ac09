using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pipeline.Stages.Parsing;
using Pipeline.Stages.Rendering;
using Pipeline.Stages.Scoring;
using Resume.Fonts;
using Resume.Parsing;
using Resume.Rendering;
using Resume.Scoring;

namespace Pipeline.Stages;

/// <summary>
/// Adds a stage's consumers (one per lane) and its plain-code stage to a bus; the workers add one stage each, the
/// all-in-one host all three.
/// </summary>
public static class StageRegistration
{
    public static IBusRegistrationConfigurator AddParseStage(this IBusRegistrationConfigurator bus)
    {
        bus.TryAddSingleton(new ResumeParser());
        return bus.AddParseConsumer();
    }

    public static IBusRegistrationConfigurator AddScoreStage(this IBusRegistrationConfigurator bus)
    {
        bus.TryAddSingleton(new ResumeScorer(RoleGuideCatalog.BuiltIn));
        return bus.AddScoreConsumer();
    }

    public static IBusRegistrationConfigurator AddRenderStage(this IBusRegistrationConfigurator bus)
    {
        PdfFonts.Register();
        bus.TryAddSingleton(new ReportRenderer());
        bus.TryAddSingleton(new OptimizedResumeWriter());
        return bus.AddRenderConsumer();
    }

    public static IBusRegistrationConfigurator AddAllStages(this IBusRegistrationConfigurator bus) =>
        bus.AddParseStage().AddScoreStage().AddRenderStage();

    /// <summary>
    /// The three stage consumers with their definitions and nothing they need to run: enough for a bus that only
    /// declares their queues (<see cref="Messaging.PipelineTopology"/>), never enough to consume.
    /// </summary>
    internal static IBusRegistrationConfigurator AddStageConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddParseConsumer().AddScoreConsumer().AddRenderConsumer();

    private static IBusRegistrationConfigurator AddParseConsumer(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ParseStageConsumer, ParseStageConsumerDefinition>();
        bus.AddConsumer<BatchParseStageConsumer, BatchParseStageConsumerDefinition>();
        return bus;
    }

    private static IBusRegistrationConfigurator AddScoreConsumer(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ScoreStageConsumer, ScoreStageConsumerDefinition>();
        bus.AddConsumer<BatchScoreStageConsumer, BatchScoreStageConsumerDefinition>();
        return bus;
    }

    private static IBusRegistrationConfigurator AddRenderConsumer(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<RenderStageConsumer, RenderStageConsumerDefinition>();
        bus.AddConsumer<BatchRenderStageConsumer, BatchRenderStageConsumerDefinition>();
        return bus;
    }
}
