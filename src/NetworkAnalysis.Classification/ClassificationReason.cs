namespace NetworkAnalysis.Classification;

/// <summary>One reason behind a classification, in words an analyst can put in a report.</summary>
/// <param name="Indicator">The indicator it comes from.</param>
/// <param name="Text">The reason in words, e.g. <c>operates in 7 countries</c>.</param>
/// <param name="Contribution">Its contribution to the log-odds of "transnational": positive for transnational, negative for small enterprise.</param>
/// <param name="Value">The indicator's value.</param>
public sealed record ClassificationReason(string Indicator, string Text, double Contribution, double? Value);
