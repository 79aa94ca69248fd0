namespace NetworkAnalysis.Engine.Community;

/// <summary>The quality function <see cref="Leiden"/> optimises.</summary>
public enum LeidenQuality
{
    /// <summary>Modularity with resolution γ: Σ_c [e_c/m − γ (K_c/2m)²] (K_c = total degree of c).</summary>
    Modularity,

    /// <summary>
    /// The constant Potts model (Traag, Van Dooren and Nesterov 2011): Σ_c [e_c − γ·n_c(n_c−1)/2]; a community's
    /// internal edge density must exceed γ. Free of modularity's resolution limit; γ must suit the weights.
    /// </summary>
    ConstantPotts,
}
