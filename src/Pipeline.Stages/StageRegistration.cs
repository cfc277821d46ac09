using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pipeline.Stages.Parsing;
using Pipeline.Stages.Rendering;
using Pipeline.Stages.Scoring;
using Resume.Fonts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Stages.Messaging;
using Resume.Parsing.Isolation;
using Resume.Rendering;
using Resume.Scoring;

namespace Pipeline.Stages;

/// <summary>
/// Adds a stage's consumers (one per lane) and its plain-code stage to a bus; the workers add one stage each, the
/// all-in-one host all three.
/// </summary>
public static class StageRegistration
{
    /// <summary>
    /// The parse stage: uploads are parsed in the <c>Parsing</c> settings' sandbox, a pool of as many parser processes
    /// as the stage takes messages at once (disposed, so its processes end, with the host).
    /// </summary>
    public static IBusRegistrationConfigurator AddParseStage(this IBusRegistrationConfigurator bus)
    {
        bus.AddOptions<ParseIsolationOptions>()
            .BindConfiguration(ParseIsolationOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        bus.TryAddSingleton<IParseSandbox>(services => ParseSandbox.Create(
            services.GetRequiredService<IOptions<ParseIsolationOptions>>().Value,
            services.GetRequiredService<IOptions<MessagingOptions>>().Value.StageConcurrency,
            services.GetRequiredService<ILoggerFactory>()));
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
