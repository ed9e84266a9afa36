/**
 * What link analysis should find in the demo investigation, computed in Node by the same shared code the app runs:
 * the demo files imported in memory with the mappings "Load demo investigation" uses, then analysed.
 */
import { analyze, buildGraphIndex, type AnalysisReport } from '../../shared/analysis';
import { demoPlanChoices } from '../../shared/demo/demoFile';
import { generateDemo } from '../../shared/demo/generate';
import { importFilesIntoMemory } from '../../shared/import/memoryImport';
import { bytesSource } from '../../shared/import/parse';
import { mediaTypeFromName } from '../../shared/mediaType';

export async function expectedDemoAnalysis(sellers = 40, seed = 7): Promise<AnalysisReport> {
  const { files } = generateDemo({ sellers, seed });
  const store = await importFilesIntoMemory(
    files
      .filter((file) => mediaTypeFromName(file.name) !== 'image/png')
      .map((file) => ({
        name: file.name,
        source: bytesSource(file.name, file.bytes),
        ...demoPlanChoices(file),
        ...(file.sheet === undefined ? {} : { sheet: file.sheet }),
      })),
  );
  return analyze(buildGraphIndex(store.entities.values(), store.links.values()));
}
