using Pipeline.ServiceDefaults;
using Pipeline.Stages;
using Pipeline.Stages.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddStageWorker("http://localhost:5101", bus => bus.AddParseStage());

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
