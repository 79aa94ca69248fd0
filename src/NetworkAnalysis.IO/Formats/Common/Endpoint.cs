namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>An edge endpoint: the agent id (the stored instance when known) and its index, or −1 when the node comes later in the file.</summary>
internal readonly record struct Endpoint(string Id, int Index);
