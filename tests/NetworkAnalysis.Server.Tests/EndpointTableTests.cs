using System.Text.Json.Nodes;
using NetworkAnalysis.Server.Endpoints;

namespace NetworkAnalysis.Server.Tests;

public class EndpointTableTests
{
    [Test]
    public void Rows_EveryEndpoint_DeclaresAPermission()
    {
        EndpointTable.Rows.Should().OnlyContain(r => r.Permission != Permission.Undeclared, "deny by default: every endpoint says what it needs");
        EndpointTable.Rows.Where(r => r.Permission == Permission.Anonymous).Select(r => r.Route)
            .Should().BeEquivalentTo(["/health/live", "/health/ready"], "only health is open without a permission");
    }

    [Test]
    public void Rows_NamesAndRoutes_AreUnique()
    {
        EndpointTable.Rows.Select(r => r.Name).Should().OnlyHaveUniqueItems();
        EndpointTable.Rows.Select(r => r.Method + " " + r.Route).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void Rows_CaseDataEndpoints_AreAudited()
    {
        EndpointTable.Rows.Where(r => r.Route.Contains("{caseName}", StringComparison.Ordinal) || r.Route.Contains("{jobId}", StringComparison.Ordinal))
            .Should().OnlyContain(r => r.Audit != AuditCategory.None);
    }

    [Test]
    public async Task OpenApi_EveryMappedEndpoint_IsInTheDocumentWithItsPermission()
    {
        await using var service = await ServiceUnderTest.StartAsync();
        var document = JsonNode.Parse(await service.Client.GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject();
        foreach (var row in EndpointTable.Rows)
        {
            var operation = paths[row.Route]?[row.Method.ToLowerInvariant()];
            operation.Should().NotBeNull($"{row.Method} {row.Route} is mapped");
            operation!["operationId"]!.GetValue<string>().Should().Be(row.Name);
            operation["x-permission"]!.GetValue<string>().Should().Be(row.Permission.ToString());
        }

        paths.Count.Should().Be(EndpointTable.Rows.Select(r => r.Route).Distinct().Count(), "nothing is mapped outside the table");
    }

    [Test]
    public async Task OpenApi_AnalysisBody_ListsTheCliOptionsWithDefaults()
    {
        await using var service = await ServiceUnderTest.StartAsync();
        var document = JsonNode.Parse(await service.Client.GetStringAsync("/openapi/v1.json"))!;
        var body = document["paths"]!["/api/v1/cases/{caseName}/versions/{version}/analyses/brokers"]!["post"]!["requestBody"]!["content"]!["application/json"]!;
        body["schema"]!["properties"]!["top"]!["default"]!.GetValue<int>().Should().Be(50);
        body["schema"]!["properties"]!["partition"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain("spheres");
        body["example"].Should().NotBeNull();
    }

    [Test]
    public async Task ReferencePage_IsServed()
    {
        await using var service = await ServiceUnderTest.StartAsync();
        var response = await service.Client.GetAsync("/scalar/v1");
        response.IsSuccessStatusCode.Should().BeTrue();
        (await response.Content.ReadAsStringAsync()).Should().Contain("openapi/v1.json");
    }
}
