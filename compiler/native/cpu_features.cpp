// What the linked LLVM knows about CPU models: the names it accepts for a target, and the
// features a model implies. LLVM's C API has neither (it only reports the host's features),
// and an artifact must record what its code may use so the runtime can refuse a CPU without it.
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/TargetParser/Triple.h"

static char *dup(const std::string &s) {
  char *p = static_cast<char *>(std::malloc(s.size() + 1));
  if (p) std::memcpy(p, s.c_str(), s.size() + 1);
  return p;
}

static std::unique_ptr<llvm::MCSubtargetInfo> subtarget(const char *triple, const char *cpu) {
  std::string error;
  llvm::Triple t(triple);
  const llvm::Target *target = llvm::TargetRegistry::lookupTarget(t, error);
  if (!target) return nullptr;
  return std::unique_ptr<llvm::MCSubtargetInfo>(target->createMCSubtargetInfo(t, cpu, ""));
}

// The CPU models of `triple`, comma-separated; NULL if the target is not registered.
extern "C" char *hyenac_cpu_models(const char *triple) {
  auto sti = subtarget(triple, "");
  if (!sti) return nullptr;
  std::string out;
  for (const auto &kv : sti->getAllProcessorDescriptions()) {
    if (!out.empty()) out += ',';
    out += kv.Key;
  }
  return dup(out);
}

// The features CPU model `cpu` implies on `triple`, as an LLVM feature string (`+a,+b`); NULL
// if the target is not registered or does not know the model. Computed from the tables (the
// model's features, closed under implication) rather than by instantiating a subtarget for
// it: LLVM aborts the process for a 32-bit model on a 64-bit triple.
extern "C" char *hyenac_cpu_features(const char *triple, const char *cpu) {
  auto sti = subtarget(triple, "");
  if (!sti) return nullptr;
  const llvm::SubtargetSubTypeKV *model = nullptr;
  for (const auto &kv : sti->getAllProcessorDescriptions())
    if (llvm::StringRef(kv.Key) == cpu) model = &kv;
  if (!model) return nullptr;
  llvm::FeatureBitset bits = model->Implies.getAsBitset();
  auto features = sti->getAllProcessorFeatures();
  for (bool changed = true; changed;) {
    changed = false;
    for (const auto &kv : features) {
      if (!bits.test(kv.Value)) continue;
      llvm::FeatureBitset more = bits | kv.Implies.getAsBitset();
      if (more != bits) {
        bits = more;
        changed = true;
      }
    }
  }
  std::string out;
  for (const auto &kv : features) {
    if (bits.test(kv.Value)) {
      if (!out.empty()) out += ',';
      out += '+';
      out += kv.Key;
    }
  }
  return dup(out);
}

extern "C" void hyenac_free(char *p) { std::free(p); }
