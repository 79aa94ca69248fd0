namespace NetworkAnalysis.Server.Tests.Security;

/// <summary>A fixture sharing one <see cref="SecuredService"/> across its tests (started once, stopped at the end).</summary>
public abstract class SecuredServiceFixture
{
    private SecuredService? _service;

    internal SecuredService Service => _service ?? throw new InvalidOperationException("the fixture's service has not started");

    [OneTimeSetUp]
    public async Task StartServiceAsync() => _service = await SecuredService.StartAsync();

    [OneTimeTearDown]
    public async Task StopServiceAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }
}
