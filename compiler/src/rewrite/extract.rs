//! DAG-aware extraction: a class shared by several users is paid for once.
//!
//! egg's default extractor sums the costs of children per use, which over-counts shared
//! subterms (landscape §2.11) and so undervalues fusions that remove a shared intermediate.
//! Here the cost of a choice is the sum of the own costs of the *set* of classes it reaches,
//! computed by propagation to a fixpoint (greedy DAG extraction, as in extraction-gym).

use std::collections::{HashMap, VecDeque};

use egg::{Id, Language};

use super::analysis::HyenaEGraph;
use super::lang::HyenaLang;

/// A fixed-size bitset over class indices.
#[derive(Clone, PartialEq)]
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Self {
        Bits(vec![0; n.div_ceil(64)])
    }
    fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    fn get(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
    fn union(&mut self, o: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            *a |= b;
        }
    }
    fn ones(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(w, &bits)| {
            (0..64)
                .filter(move |b| bits & (1 << b) != 0)
                .map(move |b| w * 64 + b)
        })
    }
}

struct Best {
    total: f64,
    own: f64,
    node: HyenaLang,
    reach: Bits,
}

/// Chooses one e-node per class reachable from `roots`, minimising the DAG cost. `cost` gives
/// an e-node's own cost (`f64::INFINITY` when it must not be chosen). Returns the choice per
/// canonical class id and the total cost, or the roots that have no finite choice.
pub fn extract_dag(
    eg: &HyenaEGraph,
    roots: &[Id],
    cost: impl Fn(&HyenaLang, Id) -> f64,
) -> Result<(HashMap<Id, HyenaLang>, f64), Vec<Id>> {
    let classes: Vec<Id> = eg.classes().map(|c| c.id).collect();
    let index: HashMap<Id, usize> = classes.iter().enumerate().map(|(i, &c)| (c, i)).collect();
    let mut parents: Vec<Vec<usize>> = vec![Vec::new(); classes.len()];
    for (i, &c) in classes.iter().enumerate() {
        for node in &eg[c].nodes {
            for ch in node.children() {
                parents[index[&eg.find(*ch)]].push(i);
            }
        }
    }
    let mut best: Vec<Option<Best>> = (0..classes.len()).map(|_| None).collect();
    let mut queue: VecDeque<usize> = (0..classes.len()).collect();
    let mut queued = vec![true; classes.len()];
    while let Some(i) = queue.pop_front() {
        queued[i] = false;
        let class = classes[i];
        let mut improved = false;
        for node in &eg[class].nodes {
            let own = cost(node, class);
            if !own.is_finite() {
                continue;
            }
            let mut reach = Bits::new(classes.len());
            let mut ok = true;
            for ch in node.children() {
                let j = index[&eg.find(*ch)];
                match &best[j] {
                    Some(b) if !b.reach.get(i) && j != i => reach.union(&b.reach),
                    _ => {
                        ok = false;
                        break;
                    }
                }
            }
            if !ok {
                continue;
            }
            let total = own
                + reach
                    .ones()
                    .map(|j| best[j].as_ref().map_or(0.0, |b| b.own))
                    .sum::<f64>();
            reach.set(i);
            let better = match &best[i] {
                None => true,
                Some(b) => total < b.total * (1.0 - 1e-12) - 1e-30,
            };
            if better {
                best[i] = Some(Best {
                    total,
                    own,
                    node: node.clone(),
                    reach,
                });
                improved = true;
            }
        }
        if improved {
            for &p in &parents[i] {
                if !queued[p] {
                    queued[p] = true;
                    queue.push_back(p);
                }
            }
        }
    }
    let missing: Vec<Id> = roots
        .iter()
        .filter(|r| best[index[&eg.find(**r)]].is_none())
        .copied()
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    // Walk the chosen nodes from the roots: the reach sets of classes whose best did not
    // change when a child improved can be stale, the walk is not. Each class is paid once.
    let mut choice: HashMap<Id, HyenaLang> = HashMap::new();
    let mut total = 0.0;
    let mut stack: Vec<usize> = roots.iter().map(|r| index[&eg.find(*r)]).collect();
    while let Some(j) = stack.pop() {
        let class = classes[j];
        if choice.contains_key(&class) {
            continue;
        }
        let Some(b) = &best[j] else {
            return Err(vec![class]);
        };
        total += b.own;
        for ch in b.node.children() {
            stack.push(index[&eg.find(*ch)]);
        }
        choice.insert(class, b.node.clone());
    }
    Ok((choice, total))
}
